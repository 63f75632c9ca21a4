/**
 * Word lists for the temporal tagger: calendar names, units, parts of the day.
 * Calendar facts (month and weekday names, ISO 8601 / TimeML value codes) are common knowledge.
 */

/** Month name or abbreviation (lower case, without period) → month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month alternatives for regular expressions: full names, or abbreviations with their period. */
export const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\\s+\\d))";

/** Month names that can stand alone (no day follows): full names or abbreviations with their period. */
export const MONTH_ALONE_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)";

/** Weekday name → ISO weekday number (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Weekday names for regular expressions (capitalised, as news writes them). */
export const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** Season word → TimeML season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP",
  summer: "SU",
  autumn: "FA",
  fall: "FA",
  winter: "WI",
};

/** Season words for regular expressions (used case-insensitively). */
export const SEASON_RE = "(?:spring|summer|autumn|fall|winter)";

/** Part of the day → TimeML code appended after "T". */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
};

/** Parts of the day for regular expressions. */
export const DAY_PART_RE = "(?:morning|afternoon|evening|night|overnight)";

/** Calendar unit used for arithmetic and for the granularity of a value. */
export type Unit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "weekend"
  | "month"
  | "quarter"
  | "year"
  | "decade"
  | "century";

/** Unit word (singular or plural, lower case) → unit. */
export const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  second: "second",
  seconds: "second",
  minute: "minute",
  minutes: "minute",
  min: "minute",
  mins: "minute",
  hour: "hour",
  hours: "hour",
  hr: "hour",
  hrs: "hour",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  weekend: "weekend",
  weekends: "weekend",
  month: "month",
  months: "month",
  quarter: "quarter",
  quarters: "quarter",
  year: "year",
  years: "year",
  decade: "decade",
  decades: "decade",
  century: "century",
  centuries: "century",
};

/** Unit words for regular expressions, singular and plural. */
export const UNIT_RE =
  "(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies))";
