/**
 * Abbreviations that take a period in English news text. Written for this project from common
 * usage (AP style titles, months, corporate suffixes); lower-cased without the final period.
 */

/** Titles and name parts: never end a sentence ("Dr. Smith", "Lt. Gen. Ruto"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cpt",
  "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rev", "hon", "pres", "amb", "st", "mt", "ft",
  "supt", "insp", "atty", "messrs", "mme", "mlle", "sr", "sra", "srta", "fr", "msgr", "gens", "reps", "sens",
]);

/** Month and weekday abbreviations ("Feb. 24", "Tues."). */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

/** Abbreviations that can also end a sentence ("… Acme Inc. The firm …"). */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "etc", "esq", "dept", "univ", "assn",
  "ave", "blvd", "rd", "hwy", "approx", "est", "intl", "govt",
]);

/** Other abbreviations that keep their period ("vs.", "cf."). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "vs", "v", "cf", "al", "ca", "min", "max", "fig", "figs", "vol", "vols", "ed", "eds", "op", "cit", "ibid",
]);

/** Abbreviations that take a period only before a number ("No. 12", "Art. 5", "p. 4"). */
export const NUMERIC_ABBREVIATIONS: ReadonlySet<string> = new Set(["no", "nos", "art", "arts", "p", "pp", "para", "sec", "ch"]);
