import { wordList } from "./word-list.ts";

/**
 * Titles and offices that precede or follow a person's name in news text. Written for this project
 * from common newsroom usage (AP/Reuters style); lower case, hyphens written as "_" here and matched
 * against hyphenated or spaced forms ("secretary_general" = "Secretary-General", "Secretary General").
 */

/** Title heads, single or multi-word. Longer entries are matched first. */
export const TITLE_HEADS: readonly string[] = wordList(`
  president vice_president prime_minister minister foreign_minister secretary secretary_general
  under_secretary_general secretary_of_state director director_general executive_director
  managing_director spokesperson spokesman spokeswoman ambassador envoy special_envoy
  special_representative representative high_commissioner commissioner commander chief chief_executive
  chief_of_staff head chair chairman chairwoman chairperson governor mayor senator congressman
  congresswoman lawmaker legislator deputy coordinator king queen prince princess emir sultan sheikh
  pope bishop archbishop cardinal general colonel major captain lieutenant sergeant admiral marshal
  judge justice chief_justice prosecutor attorney_general advisor adviser counsellor counselor officer
  official leader founder co_founder ceo president_elect premier chancellor speaker delegate negotiator
  rapporteur special_rapporteur researcher analyst manager editor correspondent reporter
`).map((h) => h.replace(/_/g, " "));

/** Words that modify a title without being part of the person's name ("then-President", "former"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  wordList(`
  then former acting deputy interim vice assistant outgoing incoming ex senior associate current late
  newly elected new caretaker transitional
`),
);

/**
 * Portfolio words that may stand between modifiers and the head inside a title ("Foreign Minister",
 * "Regional Director", "Country Director").
 */
export const TITLE_PORTFOLIO: ReadonlySet<string> = new Set(
  wordList(`
  foreign defence defense interior finance health justice education economy trade energy agriculture
  environment labour labor home transport information communications culture security development
  humanitarian regional country national executive managing special political military police army
  navy party state program programme research media press public affairs emergency operations field
  mission policy advocacy legal general principal chief top
`),
);

/** Honorifics (lower case, no final period) and the gender they mark; null marks none. */
export const HONORIFICS: ReadonlyMap<string, "male" | "female" | null> = new Map([
  ...wordList("mr mister sir lord monsieur senor señor").map((w) => [w, "male"] as const),
  ...wordList("mrs ms miss madam madame mme lady dame senora señora").map((w) => [w, "female"] as const),
  ...wordList("dr prof professor mx hon rev gen lt col maj capt sen rep gov amb pres").map(
    (w) => [w, null] as const,
  ),
]);
