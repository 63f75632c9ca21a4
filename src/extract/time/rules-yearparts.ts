import { MONTH_ALONE_RE, MONTHS } from "./lexicon.ts";
import { YEAR } from "./rules-dates.ts";
import { type Candidate, type Meaning, pattern, type Rule, wordBefore } from "./semantics.ts";

/**
 * Which year a quarter or half belongs to, as written after it ("of 2012", "of this year", "of last year",
 * "of the year", "2024") or before it ("this year's", "last year's", "2024's"). TimeML takes the whole phrase
 * as one DATE: "the first quarter of last year" → 2024-Q1 in 2025.
 */
const OF_YEAR = `(?:\\s+of\\s+(?:(?<year>${YEAR})|(?<rel>this|last|next|the|the\\s+current|the\\s+previous|the\\s+same)\\s+(?:fiscal\\s+)?year)|\\s+(?<bare>${YEAR})(?!\\d))?`;
// "the 2012 fourth quarter": a year written between "the" and the part of the year.
const YEARS_BEFORE = `(?:(?<prel>this|last|next)\\s+year[’']s\\s+|(?<pyear>${YEAR})[’']s\\s+|the\\s+(?<tyear>${YEAR})\\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:quarter|half)\\b))`;
const DET = `(?:(?:the|its|a)\\s+|${YEARS_BEFORE})`;

/** The year part of a match: a written year, a year relative to publication, or none (inferred later). */
function yearOf(g: Record<string, string | undefined>): {
  y?: number;
  yShift?: number;
  ofTheYear?: boolean;
} {
  const written = g.year ?? g.bare ?? g.pyear ?? g.tyear ?? g.qy;
  if (written) return { y: Number(written) };
  const rel = (g.rel ?? g.prel ?? "").toLowerCase().replace(/\s+/g, " ");
  if (rel === "the") return { ofTheYear: true };
  if (rel === "this" || rel === "the current") return { yShift: 0 };
  if (rel === "last" || rel === "the previous") return { yShift: -1 };
  if (rel === "next") return { yShift: 1 };
  return {};
}

/**
 * A determiner belongs to the noun the part of the year modifies, not to the expression: "its first-quarter
 * profit", "a second-half recovery", "the third-quarter results" tag only "first-quarter" and so on; "the
 * third quarter" keeps its "the".
 */
function determinerLength(written: string): number {
  const det = /^(?:its|a|the)\s+/i.exec(written);
  if (!det) return 0;
  if (!/^the\s/i.test(det[0])) return det[0].length;
  return /^the\s+(?:\d{4}\s+)?\S+-(?:quarter|half)\b/i.test(written) ? det[0].length : 0;
}

function part(m: RegExpExecArray, code: string, rule: string): Candidate {
  const meaning: Meaning = { k: "yearpart", code, ...yearOf(m.groups ?? {}) };
  return { start: m.index + determinerLength(m[0]), end: m.index + m[0].length, meaning, rule };
}

const ORDINALS = ["first", "second", "third", "fourth"];

/** Quarters and halves of a year: "the third quarter of 2012", "Q1 2024", "the first half of last year". */
export const YEARPART_RULES: readonly Rule[] = [
  {
    name: "quarter",
    re: pattern(
      `${DET}?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:[\\s-]+(?:fiscal|calendar))?[\\s-]+quarter${OF_YEAR}|Q(?<q>[1-4])(?:\\s+(?<qy>${YEAR}))?`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      const ord = (g.ord ?? "").toLowerCase();
      const q = g.q ?? String(ORDINALS.indexOf(ord) + 1 || Number.parseInt(ord, 10));
      return part(m, `Q${q}`, "quarter");
    },
  },
  {
    name: "half",
    re: pattern(
      `${DET}?(?<ord>first|second|latter|former)\\s+half(?:\\s+of\\s+(?:(?<year>${YEAR})|(?<rel>this|last|next|the|the\\s+current|the\\s+previous|the\\s+same)\\s+year)|\\s+(?<bare>${YEAR})(?!\\d))`,
      true,
    ),
    build(m) {
      return part(m, /^(?:first|former)$/i.test(m.groups?.ord ?? "") ? "H1" : "H2", "half");
    },
  },
  {
    // "first-half profit", "this year's second half": the half named by a year before it.
    name: "half-of-year-before",
    re: pattern(`${YEARS_BEFORE}(?<ord>first|second)\\s+half|H(?<h>[12])\\s+(?<qy>${YEAR})`, true),
    build(m) {
      const g = m.groups ?? {};
      const code = g.h ? `H${g.h}` : /^first$/i.test(g.ord ?? "") ? "H1" : "H2";
      return part(m, code, "half");
    },
  },
  {
    // "the first three months of the year" (Q1), "the last six months of 2012" (H2), "the October-December
    // period" (Q4), "the April-June quarter" (Q2): a quarter or half named by its months.
    name: "months-of-year",
    re: pattern(
      `the\\s+(?:(?<edge>first|last|final)\\s+(?<n>three|six)\\s+months|(?<m1>${MONTH_ALONE_RE})[-–](?<m2>${MONTH_ALONE_RE})\\s+(?:period|quarter|half))${OF_YEAR}`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      let code: string | null = null;
      if (g.edge) {
        const last = /^(?:last|final)$/i.test(g.edge);
        // Without a year after it, "the last three months" is a stretch of time, not a quarter.
        if (last && !g.year && !g.bare && !g.rel) return null;
        if (!g.year && !g.bare && !g.rel) return null;
        code = /six/i.test(g.n ?? "") ? (last ? "H2" : "H1") : last ? "Q4" : "Q1";
      } else {
        const a = MONTHS[(g.m1 ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
        const b = MONTHS[(g.m2 ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
        if (b === a + 2 && (a - 1) % 3 === 0) code = `Q${(a + 2) / 3}`;
        else if (b === a + 5 && (a === 1 || a === 7)) code = a === 1 ? "H1" : "H2";
      }
      return code ? part(m, code, "months-of-year") : null;
    },
  },
  {
    // "the year-ago first quarter", "the year-earlier second half": that part of the year before the period the
    // text last named.
    name: "yearpart-year-earlier",
    re: pattern(
      "the\\s+year-(?:earlier|ago)\\s+(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?<unit>quarter|half)(?![\\p{L}-])",
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      const ord = (g.ord ?? "").toLowerCase();
      const n = ORDINALS.indexOf(ord) + 1 || Number.parseInt(ord, 10);
      const half = /^half$/i.test(g.unit ?? "");
      if (half && n > 2) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        meaning: { k: "yearpart", code: `${half ? "H" : "Q"}${n}`, yearAgo: true },
        rule: "yearpart-year-earlier",
      };
    },
  },
  {
    // "the year-earlier period", "the same quarter last year", "the year-ago month": a year before the period
    // the text last named; so is the adjective alone ("from a year-earlier 41.4 million", "year-ago levels").
    name: "period-year-earlier",
    re: pattern(
      "(?<=\\b(?:[Aa]|[Ff]rom|[Tt]he|[Ww]ith)\\s)year-(?:earlier|ago)(?=\\s+[\\p{L}\\p{N}$])|the\\s+(?:year-(?:earlier|ago)\\s+(?:period|quarter|month|half)|same\\s+(?:period|quarter|month|half)\\s+(?:(?:of\\s+)?last\\s+year|a\\s+year\\s+(?:earlier|ago|before)|of\\s+the\\s+previous\\s+year))",
      true,
    ),
    build: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      meaning: { k: "period", rel: "year-earlier" },
      rule: "period-year-earlier",
    }),
  },
  {
    // "the latest quarter", "the previous quarter", "for the quarter", "the full year", "in the month" (the
    // month last named), "the new year"
    name: "period-ref",
    re: pattern(
      "the\\s+(?:(?<rel>latest|most\\s+recent|last|previous|preceding|prior)\\s+)?quarter(?!\\s+(?:of|century|point|final|finals)\\b)(?![\\p{L}-])|the\\s+full\\s+year|(?<=\\b(?:[Ff]or|[Ii]n)\\s)the\\s+(?:full|whole)\\s+year|full-year|(?<=\\b(?:[Ii]n|[Ff]or|[Dd]uring)\\s)the\\s+month(?![\\p{L}-]|\\s+(?:of|before|after|earlier|later|that|when)\\b)|the\\s+(?<ny>new\\s+year)(?!['’])",
      true,
    ),
    build(m, text) {
      const w = m[0].toLowerCase();
      // "in the new year", "until the new year": not "eight days before the new year" in a history.
      if (m.groups?.ny && !/^(?:in|into|until|till|by|after|over|for)$/.test(wordBefore(text, m.index)))
        return null;
      if (m.groups?.ny)
        return {
          start: m.index,
          end: m.index + m[0].length,
          meaning: { k: "period", rel: "new-year" },
          rule: "period-ref",
        };
      if (/month$/.test(w))
        return {
          start: m.index,
          end: m.index + m[0].length,
          meaning: { k: "period", rel: "month" },
          rule: "period-ref",
        };
      if (/year/.test(w))
        return {
          start: m.index,
          end: m.index + m[0].length,
          meaning: { k: "period", rel: "full-year" },
          rule: "period-ref",
        };
      const rel = (m.groups?.rel ?? "").toLowerCase();
      // A bare "the quarter" is the period only after "for", "in" or "during" ("revenue for the quarter").
      if (!rel && !/^(?:for|in|during|over|of)$/.test(wordBefore(text, m.index))) return null;
      const meaning: Meaning = {
        k: "period",
        rel: /previous|preceding|prior/.test(rel) ? "previous" : "same",
      };
      return { start: m.index, end: m.index + m[0].length, meaning, rule: "period-ref" };
    },
  },
];
