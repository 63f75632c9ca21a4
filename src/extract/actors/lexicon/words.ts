import { wordList } from "./word-list.ts";

/** Small closed-class word lists used by the actor rules. Written for this project. */

/** Words a long form may skip or use when it is spelled out as an acronym ("Ministry of Health"). */
export const ACRONYM_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  of for the and on in to at de des du la le les et y del da do dos das el & against a an pour por para
  sur und der für
`),
);

/**
 * Widely used acronyms that are words in their own right for the near-miss check: a token equal to
 * one of these is never reported as a misspelling of a defined acronym.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  wordList(`
  UN US UK EU AU NGO USA UAE GDP CEO BBC CNN AFP AP NATO WHO WFP CIA FBI ICC ICJ IMF HIV AIDS TV PM AM
  USD EUR GBP ID IDP SMS GPS ISIS ICRC MSF OCHA UNHCR UNICEF UNDP FAO ILO WTO OECD OAS ASEAN OPEC BRICS
  CDC NPR ABC CBS NBC PBS RFI DW RTE LGBT COVID SUV VIP DNA CFO PhD MP MPs DC NYC LA OK PDF URL FAQ RSS
  API IT AI NHS FIFA IOC PR HQ SOS UFO ATM PIN GMT UTC EST CET
`),
);

/** Head nouns of organisation names: a capitalised run ending in one of these names a body. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  wordList(`
  council commission committee assembly parliament senate congress court ministry agency office bank
  union party front movement government authority board organization organisation institute foundation
  programme program fund mission forces force army police corporation corp inc ltd company group
  association federation league alliance network watch service services department secretariat cabinet
  tribunal university center centre society coalition unit directorate
`),
);

/** Common nouns for people: an intervening one makes a later pronoun ambiguous ("the officer … he"). */
export const HUMAN_NOUNS: ReadonlySet<string> = new Set(
  wordList(`
  man woman men boy girl child soldier policeman policewoman resident witness victim survivor journalist
  farmer teacher doctor nurse student mother father son daughter brother sister husband wife suspect
  gunman driver activist lawyer worker person patient priest pastor friend neighbour neighbor colleague
  passenger pilot guard fighter militant rebel migrant refugee citizen voter owner employee volunteer
  trader vendor officer official spokesperson spokesman spokeswoman leader commander minister president
  director ambassador envoy
`),
);

/** Prepositions that open a fronted phrase or mark a non-subject noun phrase. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  wordList(`
  in on at to for from with by of about after before during despite upon like unlike against under over
  through toward towards into among between without within since until via per as
`),
);

/** Determiners and other words that never start a name when written capitalised at a sentence start. */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  the a an this that these those his her its their our my your but and or so yet if when while as after
  before since on in at for with by from to of it he she they we i you there here according earlier
  later last next some many most all no not
`),
);

/** Month and weekday names: capitalised, but never a name by themselves. */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday
`),
);

/** Masthead words: a place name followed by one names a publication ("Veloria Herald"). */
export const MASTHEADS: ReadonlySet<string> = new Set(
  wordList(`
  times post herald journal tribune gazette guardian telegraph news press star chronicle observer daily
  monitor courier express mirror sun independent standard nation review dispatch record
`),
);
