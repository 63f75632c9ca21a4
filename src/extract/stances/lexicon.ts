/**
 * Word lists for proposals and stances, written for this project from general English usage
 * (no document-specific names or phrases). Verbs are listed as lemmas; `inflect` generates forms.
 */

/** Stance polarity a cue expresses towards what follows it. */
export type Polarity = "support" | "oppose";

/**
 * Verb cues: lemma → polarity and the particle(s) the verb needs before its complement
 * ("call on X to …", "call for …", "warn against …"). An empty particle list means none is needed.
 */
export const VERB_CUES: ReadonlyMap<string, { polarity: Polarity; particles: readonly string[] }> = new Map([
  ["call", { polarity: "support", particles: ["on", "upon", "for"] }],
  ["appeal", { polarity: "support", particles: ["to", "for"] }],
  ["plead", { polarity: "support", particles: ["for", "with"] }],
  ["press", { polarity: "support", particles: ["for"] }],
  ["push", { polarity: "support", particles: ["for"] }],
  ["insist", { polarity: "support", particles: ["on"] }],
  ["argue", { polarity: "support", particles: ["for"] }],
  ...lemmas("support", [
    "urge",
    "ask",
    "request",
    "demand",
    "propose",
    "recommend",
    "advocate",
    "support",
    "back",
    "endorse",
    "welcome",
    "favour",
    "favor",
    "seek",
    "want",
    "prefer",
    "implore",
    "encourage",
    "champion",
    "embrace",
  ]),
  ...lemmas("oppose", ["oppose", "reject", "resist", "dismiss", "refuse", "decline", "veto", "block"]),
  ["rule", { polarity: "oppose", particles: ["out"] }],
  ["object", { polarity: "oppose", particles: ["to"] }],
  ["warn", { polarity: "oppose", particles: ["against"] }],
]);

function lemmas(
  polarity: Polarity,
  words: string[],
): [string, { polarity: Polarity; particles: string[] }][] {
  return words.map((w) => [w, { polarity, particles: [] }]);
}

/**
 * Verbs whose direct object is the person asked, not the proposal ("urged donors to …"): they
 * need an infinitive or a that-clause to state a proposal.
 */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  "urge",
  "ask",
  "encourage",
  "implore",
  "press",
  "call",
  "appeal",
  "plead",
]);

/** Nouns naming a request or its rejection: "X’s request to …", "a call for …", "their opposition to …". */
export const NOUN_CUES: ReadonlyMap<string, Polarity> = new Map([
  ...[
    "request",
    "call",
    "appeal",
    "demand",
    "proposal",
    "plea",
    "push",
    "bid",
    "recommendation",
    "requests",
  ].map((w): [string, Polarity] => [w, "support"]),
  ...["calls", "appeals", "demands", "proposals", "pleas"].map((w): [string, Polarity] => [w, "support"]),
  ["opposition", "oppose"],
  ["rejection", "oppose"],
]);

/** Adjectives taking a to-infinitive: "keen to keep …", "reluctant to send …". */
export const ADJ_CUES: ReadonlyMap<string, Polarity> = new Map([
  ...["keen", "willing", "ready", "eager", "prepared", "determined", "open"].map((w): [string, Polarity] => [
    w,
    "support",
  ]),
  ...["reluctant", "unwilling", "loath", "loth", "hesitant"].map((w): [string, Polarity] => [w, "oppose"]),
]);

/** Modals of obligation: "X should …" inside quoted or reported speech states the speaker's position. */
export const MODALS: ReadonlySet<string> = new Set(["should", "must", "ought", "need", "needs"]);

/** Participles after "could/should be …" that put a proposal up for consideration. */
export const CONSIDER_PARTICIPLES: ReadonlySet<string> = new Set([
  "considered",
  "explored",
  "examined",
  "discussed",
  "envisaged",
  "contemplated",
  "studied",
  "pursued",
]);

/** Heads of "the best option is …" frames. */
export const OPTION_HEADS: ReadonlySet<string> = new Set([
  "option",
  "solution",
  "way",
  "approach",
  "answer",
  "course",
  "path",
  "step",
  "remedy",
]);

/** Verbs that repeat another actor's request: "X echoed Y’s appeal". */
export const ECHO_VERBS: ReadonlySet<string> = new Set([
  "echo",
  "reiterate",
  "repeat",
  "join",
  "second",
  "amplify",
  "endorse",
  "back",
  "support",
]);

/** Reporting verbs (lemmas) that introduce reported speech: the holder of "should …" after them. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say",
  "write",
  "tell",
  "state",
  "add",
  "argue",
  "explain",
  "note",
  "insist",
  "claim",
  "believe",
  "think",
  "stress",
  "warn",
  "declare",
  "contend",
  "conclude",
  "suggest",
  "recommend",
  "propose",
  "maintain",
]);

/** Words opening a condition clause; multi-word ones are matched as sequences. */
export const CONDITION_MARKERS: readonly (readonly string[])[] = [
  ["as", "long", "as"],
  ["so", "long", "as"],
  ["on", "condition", "that"],
  ["only", "if"],
  ["only", "when"],
  ["only", "once"],
  ["provided", "that"],
  ["providing", "that"],
  ["provided"],
  ["once"],
  ["if"],
  ["unless"],
  ["until"],
];

/** Words that end a proposal phrase: clause connectives that start something else. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  "but",
  "because",
  "though",
  "although",
  "despite",
  "since",
  "which",
  "who",
  "whom",
  "whereas",
  "even",
  "as",
  "saying",
  "said",
  "adding",
  "according",
  "however",
  "after",
  "before",
]);

/** Determiners, possessives and quantifiers dropped from labels. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "this",
  "that",
  "these",
  "those",
  "such",
  "some",
  "any",
  "more",
  "additional",
  "further",
  "new",
  "greater",
  "increased",
]);

/** Anaphoric determiners: a proposal phrase opened by one refers back to an earlier proposal. */
export const ANAPHORIC: ReadonlySet<string> = new Set(["such", "this", "that", "these", "those", "it"]);

/** Prepositions that end an object noun phrase ("of" stays inside: "the deployment of troops"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "into",
  "to",
  "in",
  "on",
  "with",
  "for",
  "from",
  "at",
  "by",
  "under",
  "through",
  "towards",
  "toward",
  "against",
  "upon",
  "while",
  "without",
  "and",
  "or",
]);

/** Personal pronouns that can hold a stance; resolved through the entities layer or the last holder. */
export const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i"]);
