/** Word lists for quote attribution (other than the verbs in verbs.ts), written for this project. */

const list = (s: string): string[] => s.trim().split(/\s+/);

/** Nouns naming the medium a statement came through ("a letter", "his report", "the interview"). */
export const MEDIA =
  /^(?:letters?|reports?|statements?|interviews?|releases?|conferences?|briefings?|tweets?|posts?|e-?mails?|memos?|memorandums?|speech(?:es)?|op-eds?|columns?|filings?|affidavits?|testimony|videos?|podcasts?|address(?:es)?|messages?|notes?|documents?|communiqués?|communiques?|declarations?|submissions?|stud(?:y|ies)|surveys?|analys[ie]s|papers?|remarks?|announcements?|comments?|editorials?|articles?|broadcasts?|resolutions?|appeals?|petitions?|complaints?|lawsuits?|rulings?|decisions?|posting|reporting|findings?)$/i;

/** Words that make an attribution tentative. */
export const HEDGES =
  /^(?:reportedly|allegedly|apparently|seemingly|purportedly|supposedly|ostensibly|rumou?red|unconfirmed|seems?|seemed|appears?|appeared)$/i;

/** Subject pronouns that can be speakers. */
export const PRONOUNS: ReadonlySet<string> = new Set(list("he she they we i it you"));

/** Words between a subject and its verb that do not end the subject ("also", "has", "reportedly"). */
export const VERB_PRELUDE: ReadonlySet<string> = new Set(
  list(`
  also has had have will would could may might can should did does do later then previously recently
  once again further publicly repeatedly separately simply just even still only quickly flatly bluntly
  openly frankly correctly often always never first earlier subsequently already reportedly allegedly
  apparently seemingly purportedly supposedly twice not n't n’t long famously privately angrily calmly
  proudly emphatically now yet since been`),
);

/** Lower-case words allowed inside a name ("Bank of Lima", "Abu al-Hassan", "Ministry for Health"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(
  list("of for de del da di van von der al bin la le and on the du des dos y"),
);

/** Determiners and quantifiers that open a common-noun speaker phrase ("the spokesperson", "a source"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  list(`
  the a an this that these those another one two three several some many most other his her their its
  our my your both each few all`),
);

/** Heads of news-outlet names: a speaker with such a head who "reported" is also an intermediary. */
export const OUTLET_HEADS =
  /\b(?:Times|Post|News|Press|Journal|Herald|Tribune|Guardian|Telegraph|Reuters|Bloomberg|AFP|AP|BBC|CNN|NPR|PBS|CBC|ABC|NBC|CBS|Fox|Al Jazeera|Radio|Television|TV|Gazette|Chronicle|Globe|Mail|Star|Wire|Magazine|Daily|Network|Broadcasting|Channel|Agency|Agence|Politico|Axios|Economist|Independent|Observer|Standard|Examiner|Inquirer|Sun|Record|Bulletin|Dispatch|Monitor|Reporter|Insider|Newsweek|Vox)\b/;

/**
 * Heads of common-noun speaker phrases ("the spokeswoman", "a senior official", "the ministry",
 * "the report"): people by role or relation, bodies, and documents that "say" things.
 */
export const SPEAKER_HEADS: ReadonlySet<string> = new Set(
  list(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials source sources
  minister ministers ministry police officer officers government governments agency agencies department
  office authority authorities organization organisation group groups union council court judge lawyer
  lawyers attorney attorneys prosecutor prosecutors witness witnesses resident residents doctor doctors
  physician nurse nurses analyst analysts economist economists expert experts researcher researchers
  scientist scientists scholar director president chief leader leaders board committee commission mayor
  governor senator lawmaker lawmakers legislator campaign team coach player players manager owner owners
  father mother son daughter wife husband brother sister friend friends family neighbour neighbours
  neighbor neighbors student students teacher teachers professor author authors data survey document
  documents filing filings report reports statement study studies letter memo paper company firm bank
  army military representative representatives advocate advocates activist activists critic critics
  supporter supporters opponent opponents observer observers diplomat diplomats envoy ambassador
  administration aide aides adviser advisers advisor advisors staff staffer staffers employee employees
  worker workers victim victims survivor survivors parent parents mom dad uncle aunt cousin executive
  executives ceo chair chairman chairwoman chairperson secretary commander colonel captain sergeant
  detective investigator investigators inspector coroner charity institute foundation association
  coalition alliance federation network party premier candidate member members man woman men women
  people person user users citizen citizens villager villagers farmer farmers locals protester protesters
  demonstrators rebels militants fighters soldiers troops refugee refugees migrant migrants patient
  patients client clients customer customers operator defenceman defenseman goaltender goalie forward
  rookie veteran winger pitcher quarterback striker driver pilot host anchor reporter journalist editor
  columnist writer newspaper outlet broadcaster magazine website organizers organisers organizer
  prosecution defence defense plaintiff plaintiffs defendant police-officer counsel mp mps
  councillor councillors councilor trustee trustees principal superintendent physician surgeon
  psychologist therapist consultant specialist engineer official spokesperson`),
);
