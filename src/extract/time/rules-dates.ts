import { isValidDay } from "./calendar.ts";
import { MONTH_ALONE_RE, MONTH_RE, MONTHS, WEEKDAY_RE } from "./lexicon.ts";
import { type Candidate, pattern, type Rule, wordAfter, wordBefore } from "./semantics.ts";

/** Calendar dates written out: "July 7, 2021", "25 June 1950", "June 2024", "2024-06-03", "June". */

export const YEAR = "(?:1\\d{3}|20\\d{2})";
/** A year group that also takes "480 BC" (negative astronomical years; 1 BC is year 0). */
export const YEAR_G =
  "(?<year>1\\d{3}|20\\d{2}|\\d{1,3}(?=\\s*(?:BC|B\\.C\\.|BCE)))(?<era>\\s*(?:BC|B\\.C\\.|BCE))?";
const DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";

/** Prepositions and modifiers after which a bare month or year is a time expression. */
export const TIME_PREPOSITIONS = new Set([
  "in",
  "on",
  "of",
  "since",
  "until",
  "till",
  "by",
  "from",
  "to",
  "through",
  "during",
  "before",
  "after",
  "early",
  "late",
  "mid",
  "between",
  "and",
  "last",
  "next",
  "this",
  "that",
  "circa",
  "around",
  "about",
  "year",
  "fiscal",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "or",
  "as",
  "throughout",
  "into",
  "the",
]);

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? 0;
}

function dayNumberOf(word: string | undefined): number {
  return Number.parseInt(word ?? "", 10);
}

/** A full date or month-day, with or without a year. */
export function dateCandidate(m: RegExpExecArray, rule: string): Candidate | null {
  const g = m.groups ?? {};
  const month = monthNumber(g.mon ?? "");
  const day = g.day ? dayNumberOf(g.day) : undefined;
  const y = g.year ? (g.era ? 1 - Number(g.year) : Number(g.year)) : undefined;
  if (month === 0) return null;
  if (day !== undefined && !isValidDay(y ?? 2000, month, day)) return null;
  const meaning = {
    k: "date" as const,
    m: month,
    ...(day !== undefined ? { d: day } : {}),
    ...(y ? { y } : {}),
  };
  return { start: m.index, end: m.index + m[0].length, meaning, rule };
}

/**
 * Words that do not make a month before them the date of an event: "the March to the Sea", "the March of
 * Dimes", "the March was peaceful" name a march, and "an April and May" is two months.
 */
const NOT_EVENT_NOUN = new Set(
  "to on of for across through from in at against with into and or was is were had has that which who".split(
    " ",
  ),
);

/** "May" is also a modal verb: only a date when a day, a year or a time preposition goes with it. */
function plausibleMonthAlone(m: RegExpExecArray, text: string): boolean {
  const before = wordBefore(text, m.index);
  const after = wordAfter(text, m.index + m[0].length);
  // "planned for May", "set for May": a schedule names the month.
  // "mid-May", "early-May": the hyphenated modifier makes it the month.
  if (m[0] === "May" && /\b(?:mid|early|late)-$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))
    return true;
  if (m[0] === "May") return (TIME_PREPOSITIONS.has(before) && before !== "the") || before === "for";
  // "the November election", "an April survey", "its October meeting": the month names the event's date.
  if (/^(?:the|a|an|its|their)$/.test(before) && /^\p{Ll}+$/u.test(after) && !NOT_EVENT_NOUN.has(after))
    return true;
  // "the Long March", "the March to the Sea", "Women's March on Versailles": names, not months.
  if (before === "the" || /^(?:long|ice|women's|women’s)$/.test(before)) return false;
  if (/^(?:to|on|of|across|through|from)$/.test(after) && !TIME_PREPOSITIONS.has(before)) return false;
  // "August Wilson", "March Madness": a capitalised word after the month makes it part of a name.
  if (/^\p{Lu}/u.test(after) && !TIME_PREPOSITIONS.has(before)) return false;
  return true;
}

/** Rules for calendar dates written out. */
export const DATE_RULES: readonly Rule[] = [
  {
    name: "date-iso",
    re: pattern(`(?<year>${YEAR})-(?<mon>[01]\\d)-(?<day>[0-3]\\d)`),
    build(m) {
      const g = m.groups ?? {};
      const [y, mo, d] = [Number(g.year), Number(g.mon), Number(g.day)];
      if (!isValidDay(y, mo, d)) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        meaning: { k: "date", y, m: mo, d },
        rule: "date-iso",
      };
    },
  },
  {
    name: "date-numeric-us",
    re: pattern("(?<mon>[01]?\\d)/(?<day>[0-3]?\\d)/(?<year>\\d{4}|\\d{2})"),
    build(m) {
      const g = m.groups ?? {};
      const raw = Number(g.year);
      const y = raw < 100 ? (raw < 50 ? 2000 + raw : 1900 + raw) : raw;
      const [mo, d] = [Number(g.mon), Number(g.day)];
      if (!isValidDay(y, mo, d)) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        meaning: { k: "date", y, m: mo, d },
        rule: "date-us",
      };
    },
  },
  {
    name: "date-mdy",
    re: pattern(
      `(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s+(?<day>${DAY})(?!\\d)(?:(?:,?\\s+|\\s+of\\s+)${YEAR_G}(?!\\d))?`,
    ),
    build: (m) => dateCandidate(m, "date-mdy"),
  },
  {
    name: "date-dmy",
    re: pattern(
      `(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<day>${DAY})(?:\\s+of)?\\s+(?<mon>${MONTH_RE})(?:,?\\s+${YEAR_G}(?!\\d))?`,
    ),
    build: (m) => dateCandidate(m, "date-dmy"),
  },
  {
    name: "date-my",
    re: pattern(`(?<mon>${MONTH_RE})(?:,?\\s+|\\s+of\\s+)${YEAR_G}(?!\\d)`),
    build: (m) => dateCandidate(m, "date-my"),
  },
  {
    // "March last year", "May 30 next year", "July this year": the month in a year counted from publication.
    name: "date-this-year",
    re: pattern(`(?<mon>${MONTH_RE})(?:\\s+(?<day>${DAY})(?!\\d))?,?\\s+(?<rel>this|last|next)\\s+year`),
    build(m, text) {
      // "from June to September next year": the year goes with both ends of the range, tagged apart.
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      if (
        new RegExp(`${MONTH_RE}[^.;]{0,14}?(?:\\s(?:to|and|through|until|till|or)\\s|\\s?[-–]\\s?)$`).test(
          lead,
        )
      )
        return null;
      const c = dateCandidate(m, "date-this-year");
      if (c?.meaning.k !== "date") return null;
      const rel = m.groups?.rel;
      return { ...c, meaning: { ...c.meaning, dctYear: rel === "last" ? -1 : rel === "next" ? 1 : 0 } };
    },
  },
  {
    name: "month",
    re: pattern(`(?<mon>${MONTH_ALONE_RE})`),
    build: (m, text) => (plausibleMonthAlone(m, text) ? dateCandidate(m, "month") : null),
  },
];
