import { inflect } from "./inflect.ts";
import type { EventType } from "./types.ts";

/**
 * The trigger lexicon, written by us from general English usage in crisis reporting.
 * Each entry is a token pattern: the first slot holds a word's forms, later slots literal words.
 */
export interface TriggerEntry {
  readonly type: EventType;
  readonly pos: "verb" | "noun";
  /** Token slots, each a set of accepted lower-case forms; the trigger span covers them all. */
  readonly slots: readonly ReadonlySet<string>[];
  /** Past participles of the verb, to recognise passives. */
  readonly participles: ReadonlySet<string>;
  /** Verb needs one of these nouns as its object within a few words ("published a report"). */
  readonly objects?: ReadonlySet<string>;
  /** The subject undergoes the event ("thousands fled", "he died", "came under fire"). */
  readonly subjectIsPatient?: boolean;
  /** The phrase right after the trigger is the recipient ("urged X", "called on X"). */
  readonly directRecipient?: boolean;
  /** Without a recipient this is no event of the type ("wrote" alone is not a letter). */
  readonly needsRecipient?: boolean;
  /** A noun that is an event only with an argument ("X's funding", "the appeal to Y"). */
  readonly needsArgument?: boolean;
  /** The verb is this event only with "from <their> homes" after its object ("forced 5,000 people from …"). */
  readonly fromHomes?: boolean;
}

/** "fatally shot": an adverb that makes the verb after it a trigger of its own type. */
function adverbVerb(type: EventType, adverb: string, spec: string): TriggerEntry {
  const forms = inflect(spec);
  return {
    type,
    pos: "verb",
    slots: [new Set([adverb]), new Set(forms.all)],
    participles: new Set(forms.participles),
  };
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(" "));

function verb(
  type: EventType,
  spec: string,
  more: Partial<TriggerEntry> & { next?: string[] } = {},
): TriggerEntry {
  const forms = inflect(spec);
  const { next = [], ...rest } = more;
  return {
    type,
    pos: "verb",
    slots: [new Set(forms.all), ...next.map(set)],
    participles: new Set(forms.participles),
    ...rest,
  };
}

function noun(
  type: EventType,
  forms: string,
  more: Partial<TriggerEntry> & { next?: string[] } = {},
): TriggerEntry {
  const { next = [], ...rest } = more;
  return { type, pos: "noun", slots: [set(forms), ...next.map(set)], participles: new Set(), ...rest };
}

const REPORTS = "report reports study studies findings assessment survey review analysis paper briefing";
const RESOLUTIONS = "resolution resolutions decision measure law bill motion plan";
const TROOPS =
  "troops soldiers forces police officers personnel peacekeepers contingent units monitors observers " +
  "rescuers team teams medics experts";
const MONEY = "funding funds money aid assistance grant grants";

/** All entries; longer patterns are tried before shorter ones by the matcher. */
export const TRIGGERS: readonly TriggerEntry[] = [
  verb("killing", "shoot/shot/shot", { next: ["dead"] }),
  ...["shoot/shot/shot", "stab+", "beat/beat/beaten", "burn", "hack"].map((v) =>
    verb("killing", v, { next: ["to", "death"] }),
  ),
  verb("killing", "shoot/shot/shot", { next: ["and", "killed"] }),
  verb("killing", "kill"),
  verb("killing", "murder"),
  verb("killing", "slay/slew/slain"),
  verb("killing", "gun+", { next: ["down"] }),
  verb("killing", "massacre"),
  verb("killing", "behead"),
  verb("killing", "lynch"),
  noun(
    "killing",
    "killing killings murder murders massacre massacres manslaughter homicide homicides murder-suicide",
  ),
  ...["shoot/shot/shot", "stab+", "beat/beat/beaten", "wound", "injure"].map((v) =>
    adverbVerb("killing", "fatally", v),
  ),
  verb("death", "die", { subjectIsPatient: true }),
  noun("death", "death deaths dead suicide suicides"),
  // "lost their lives", "took his own life".
  verb("death", "lose/lost/lost", { next: ["their his her its", "lives life"], subjectIsPatient: true }),
  verb("death", "take/took/taken", { next: ["his her their", "own", "life lives"], subjectIsPatient: true }),
  // "police found three bodies", "two bodies were recovered": a death found, whoever caused it.
  ...["find/found/found", "discover", "recover"].map((v) =>
    verb("death", v, { objects: set("body bodies corpse corpses remains") }),
  ),
  noun("death", "body bodies corpse corpses", {
    next: ["were was have has", "found discovered recovered been"],
  }),
  verb("assassination", "assassinate"),
  noun("assassination", "assassination assassinations"),
  verb("attack", "attack"),
  verb("attack", "bomb"),
  verb("attack", "shell"),
  verb("attack", "ambush"),
  verb("attack", "raid"),
  verb("attack", "stab+"),
  verb("attack", "shoot/shot/shot"),
  verb("attack", "open/opened/opened", { next: ["fire"] }),
  // "fired shots", "shots were fired", "shots rang out", "gunshots": a firing, not photographs or vaccines.
  verb("attack", "fire", { objects: set("shots rounds bullets shells rockets missiles") }),
  noun("attack", "shots gunshots", { next: ["were", "fired"] }),
  noun("attack", "shots gunshots", { next: ["rang", "out"] }),
  noun("attack", "gunshots"),
  verb("attack", "come/came/come", { next: ["under", "fire attack"], subjectIsPatient: true }),
  noun(
    "attack",
    "attack attacks bombing bombings shelling ambush ambushes raid raids airstrike airstrikes shooting shootings gunfire shootout shootouts",
  ),
  verb("arrest", "arrest"),
  verb("arrest", "detain"),
  verb("arrest", "apprehend"),
  verb("arrest", "capture"),
  verb("arrest", "take/took/taken", { next: ["into", "custody"] }),
  noun("arrest", "arrest arrests detention detentions"),
  verb("kidnapping", "kidnap+"),
  verb("kidnapping", "abduct"),
  verb("kidnapping", "hijack"),
  noun("kidnapping", "hijacking hijackings"),
  verb("kidnapping", "take/took/taken", { next: ["hostage"] }),
  verb("kidnapping", "take/took/taken", { objects: set("hostage hostages captive captives") }),
  noun("kidnapping", "kidnapping kidnappings abduction abductions"),
  verb("displacement", "displace"),
  verb("displacement", "flee/fled/fled", { subjectIsPatient: true }),
  verb("displacement", "evacuate"),
  verb("displacement", "uproot"),
  ...["force", "drive/drove/driven", "chase"].map((v) => verb("displacement", v, { fromHomes: true })),
  noun("displacement", "displacement exodus"),
  verb("deployment", "deploy"),
  verb("deployment", "redeploy"),
  verb("deployment", "dispatch"),
  verb("deployment", "send/sent/sent", { objects: set(TROOPS) }),
  noun("deployment", "deployment deployments"),
  verb("withdrawal", "withdraw/withdrew/withdrawn"),
  verb("withdrawal", "pull/pulled/pulled", { next: ["out back"] }),
  noun("withdrawal", "withdrawal withdrawals pullout pull-out drawdown"),
  ...["publish", "release", "issue", "launch", "unveil", "present"].map((v) =>
    verb("publication", v, { objects: set(REPORTS) }),
  ),
  ...["write/wrote/written", "send/sent/sent", "address"].map((v) =>
    verb("letter", v, { objects: set("letter letters") }),
  ),
  verb("letter", "write/wrote/written", { next: ["to"], directRecipient: true, needsRecipient: true }),
  verb("letter", "write/wrote/written", { needsRecipient: true }),
  noun("letter", "letter letters", { needsArgument: true }),
  ...["issue", "release", "publish", "make/made/made"].map((v) =>
    verb("statement", v, { objects: set("statement statements declaration communiqué communique") }),
  ),
  noun("statement", "statement statements", { needsArgument: true }),
  verb("request", "call", { next: ["on upon"], directRecipient: true }),
  verb("request", "call", { next: ["for"] }),
  verb("request", "urge", { directRecipient: true }),
  verb("request", "appeal", { next: ["to"], directRecipient: true }),
  verb("request", "appeal", { next: ["for"] }),
  verb("request", "request"),
  verb("request", "demand"),
  verb("request", "plead"),
  noun("request", "appeal appeals request requests demand demands plea pleas", { needsArgument: true }),
  verb("decision", "decide"),
  verb("decision", "approve"),
  verb("decision", "authorize"),
  verb("decision", "authorise"),
  ...["adopt", "pass"].map((v) => verb("decision", v, { objects: set(RESOLUTIONS) })),
  noun("decision", "decision decisions approval authorization authorisation", { needsArgument: true }),
  verb("vote", "vote"),
  noun("vote", "vote votes", { needsArgument: true }),
  verb("funding", "fund"),
  verb("funding", "pledge"),
  verb("funding", "allocate"),
  verb("funding", "donate"),
  verb("funding", "disburse"),
  verb("funding", "provide", { objects: set(MONEY) }),
  noun("funding", "funding pledge pledges donation donations allocation", { needsArgument: true }),
];
