import { isValidDay } from "./calendar.ts";
import { MONTH_RE } from "./lexicon.ts";
import { dateCandidate, YEAR_G } from "./rules-dates.ts";
import { type Candidate, pattern, type Rule } from "./semantics.ts";

/** Day ranges: TimeML tags each end, so "23-28 March 1951" gives "23" and "28 March 1951". */

/**
 * A range written in words is one when it says so: "to", "until", "through" ("March 4 to 6"), or "and" after
 * "between" ("between 15 and 20 January"); "May 3 and 7 others" is no range.
 */
function wordRange(text: string, at: number, connector: string): boolean {
  if (/\b(?:to|until|through)\b/i.test(connector)) return true;
  return /\bbetween\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

export const RANGE_RULES: readonly Rule[] = [
  {
    // "23-28 March 1951", "6–7 January": the first day takes the month (and year) written after the second.
    name: "day-range",
    re: pattern(
      `(?<d1>[0-3]?\\d)(?<dash>\\s?[-–]\\s?|\\s+(?:and|to|until|through)\\s+)(?<day>[0-3]?\\d)\\s+(?<mon>${MONTH_RE})(?:,?\\s+${YEAR_G}(?!\\d))?`,
    ),
    build(m, text) {
      const second = dateCandidate(m, "day-range");
      const g = m.groups ?? {};
      if (second?.meaning.k !== "date") return null;
      if (/[a-z]/i.test(g.dash ?? "") && !wordRange(text, m.index, g.dash ?? "")) return null;
      const d1 = Number(g.d1);
      if (!isValidDay(second.meaning.y ?? 2000, second.meaning.m, d1) || d1 >= (second.meaning.d ?? 0))
        return null;
      const secondStart = m.index + (g.d1 ?? "").length + (g.dash ?? "").length;
      const first: Candidate = {
        start: m.index,
        end: m.index + (g.d1 ?? "").length,
        meaning: { ...second.meaning, d: d1 },
        rule: "day-range",
        priority: 1,
      };
      return [first, { ...second, start: secondStart, priority: 1 }];
    },
  },
  {
    // "March 23-28, 1951": the second day takes the month of the first. "May 3 and 7, 2012" too, with its
    // year written: without one, "May 3 and 7 others" is no second date.
    name: "day-range-mdy",
    re: pattern(
      `(?<mon>${MONTH_RE})\\s+(?<d1>[0-3]?\\d)(?<dash>\\s?[-–]\\s?|\\s+(?:and|or|&|to|until|through)\\s+)(?<day>[0-3]?\\d)(?!\\d)(?:,?\\s+${YEAR_G}(?!\\d))?`,
    ),
    build(m, text) {
      const second = dateCandidate(m, "day-range");
      const g = m.groups ?? {};
      if (second?.meaning.k !== "date") return null;
      if (/[a-z&]/i.test(g.dash ?? "") && !g.year && !wordRange(text, m.index, g.dash ?? "")) return null;
      const d1 = Number(g.d1);
      if (!isValidDay(second.meaning.y ?? 2000, second.meaning.m, d1) || d1 >= (second.meaning.d ?? 0))
        return null;
      const firstEnd =
        m.index +
        (g.mon ?? "").length +
        m[0].slice((g.mon ?? "").length).indexOf(g.d1 ?? "") +
        (g.d1 ?? "").length;
      const secondStart = firstEnd + (g.dash ?? "").length;
      const first: Candidate = {
        start: m.index,
        end: firstEnd,
        meaning: { ...second.meaning, d: d1 },
        rule: "day-range",
        priority: 1,
      };
      return [first, { ...second, start: secondStart, priority: 1 }];
    },
  },
];
