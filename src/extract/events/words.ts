/**
 * Closed-class English words the event patterns walk over or stop at. We have no part-of-speech
 * tagger, so these lists stand in for one: anything not listed here (and not punctuation) is
 * treated as a possible noun-phrase word.
 */

/** Forms of "be"/"get" that make a following participle passive. */
export const BE_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"]);

/** Auxiliaries that may stand between a subject and its verb. */
export const AUX = new Set([...BE_AUX, "has", "have", "had", "having", "do", "does", "did", "am"]);

/** Modal verbs: the event they govern is not asserted as having happened. */
export const MODALS = new Set([
  "could",
  "would",
  "should",
  "might",
  "may",
  "must",
  "can",
  "will",
  "shall",
  "’ll",
  "'ll",
  "ought",
]);

/** Negation words inside a verb group ("was not killed", "never deployed", "wasn’t"). */
export const NEGATIONS = new Set(["not", "n’t", "n't", "never", "no", "neither", "nor", "without"]);

/** Words that open a condition or a hypothesis for the rest of their clause. */
export const CONDITIONALS = new Set(["if", "unless", "whether", "lest", "suppose", "supposing"]);

/** Verbs whose infinitive complement is wanted, planned or feared, not done ("threatened to kill"). */
export const IRREALIS_GOVERNORS = new Set(
  (
    "plan plans planned planning want wants wanted wanting threaten threatens threatened threatening aim aims " +
    "aimed aiming intend intends intended intending hope hopes hoped hoping expect expects expected " +
    "expecting seek seeks sought seeking try tries tried trying attempt attempts attempted attempting " +
    "propose proposes proposed proposing prepare prepares prepared preparing decide decides decided " +
    "agree agrees agreed refuse refuses refused refusing fail fails failed failing urge urges urged " +
    "urging call calls called calling ask asks asked asking request requests requested requesting " +
    "appeal appeals appealed appealing vow vows vowed vowing pledge pledges pledged pledging promise " +
    "promises promised promising need needs needed likely unlikely able unable ready willing set due " +
    "about going order orders ordered encourage encouraged encourages " +
    // Nouns that name a plan for the infinitive after them: "a proposal to send monitors".
    "proposal proposals bid bids offer offers effort efforts initiative decision push idea"
  ).split(" "),
);

/** Adjectives before a nominal trigger that make it planned or possible ("a possible deployment"). */
export const IRREALIS_MODIFIERS = new Set(
  "possible potential planned proposed future eventual prospective hypothetical any".split(" "),
);

/** Determiners, quantifiers and possessive pronouns that may open a noun phrase. */
export const DETERMINERS = new Set(
  (
    "a an the this that these those his her its their our my your some many several few all both each " +
    "every another other more most no any such over about nearly almost around roughly approximately"
  ).split(" "),
);

/** Possessive determiners: "her letter" — resolved through coreference to an entity. */
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Prepositions, conjunctions and other words that end a noun phrase. */
export const STOP_WORDS = new Set(
  (
    "of in on at to from by with without for into onto over under after before during since until till " +
    "against among amid between through across despite via per toward towards near outside inside " +
    "and or but nor so yet because although though while whereas as than then when where which who whom " +
    "whose that what why how if unless whether also reportedly allegedly reported said says say told tells added stated believe believed " +
    "according " +
    "not n’t n't never just still already even only later earlier ago"
  ).split(" "),
);

/** Relative pronouns: "the officer who was killed" — the subject is the phrase before them. */
export const RELATIVES = new Set(["who", "which", "that"]);

/** Quantifier words that may open a number phrase ("over 5,000", "at least 12"). */
export const QUANTIFIERS = new Set([
  "over",
  "about",
  "nearly",
  "almost",
  "around",
  "some",
  "roughly",
  "more",
  "than",
  "at",
  "least",
  "up",
  "to",
  "approximately",
]);

/** Nouns that name a place even when no entity does ("at his home", "near a school"). */
export const PLACE_NOUNS = new Set(
  (
    "home homes house houses residence office offices headquarters camp camps market markets school schools " +
    "hospital hospitals church churches mosque mosques border checkpoint village villages town towns city " +
    "cities capital port airport base station compound prison neighbourhood neighborhood district region " +
    "nation country island province street road bridge building embassy palace parliament court square hotel farm field coast"
  ).split(" "),
);

/** Possessive marker tokens after a name ("Orvane’s"); a bare apostrophe after "s" is handled apart. */
export const POSSESSIVE_MARKERS = new Set(["’s", "'s"]);
