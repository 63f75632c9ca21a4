import { DECADE_WORDS, ORDINAL_WORDS } from "./numbers.ts";
import { type Candidate, pattern, type Rule, wordAfter, wordBefore } from "./semantics.ts";

/** Years, decades, centuries, quarters and halves: "2024", "1939–45", "the 1990s", "the 19th century", "Q3". */

const YEAR = "(?:1\\d{3}|20\\d{2})";
const ERA = "(?:\\s*(?<era>BC|B\\.C\\.|BCE|AD|A\\.D\\.|CE))?";

/** Words after a number that show it counts things rather than naming a year ("2000 troops", "1500 people"). */
function countsThings(after: string, digits: string): boolean {
  if (after === "" || /^\p{Lu}/u.test(after)) return false;
  if (
    /^(?:people|police|personnel|staff|men|women|children|infantry|cavalry|strong|more|other|additional|new|of)$/i.test(
      after,
    )
  )
    return true;
  // Counts written in digits are mostly round ("1500 troops"); "the 1811 campaigns" names a year.
  if (!digits.endsWith("0")) return false;
  return (
    /^[a-z]{3,}s$/.test(after) &&
    !/^(?:was|has|is|as|its|this|his|hers|thus|always|perhaps|elections|olympics|games|talks|protests|floods|riots|polls|hostilities|series|crisis|census|uprisings|negotiations)$/.test(
      after,
    )
  );
}

/** A year is a time expression unless it is money, an identifier, or a count of things. */
function plausibleYear(text: string, start: number, end: number): boolean {
  const prev = text.slice(Math.max(0, start - 2), start);
  if (/[$€£#№]\s?$/.test(prev) || /[\d][\s\u00a0]$/.test(prev)) return false;
  // "212-859-1736", "(212) 859-1610": the last group of a telephone number, after a group that is no year.
  const group = /(\d+)-$/.exec(text.slice(Math.max(0, start - 8), start));
  if (group && !/^(?:1\d{3}|20\d{2})$/.test(group[1] ?? "")) return false;
  const next = text.slice(end, end + 2);
  if (/^(?:%|\s?%|:\d|\.\d|,\d)/.test(next)) return false;
  // "a 1500-strong force": a compound adjective built on a count.
  if (/^-\p{L}/u.test(next) && !/^-(?:era|style|vintage|present|\d)/i.test(text.slice(end, end + 9)))
    return false;
  const before = wordBefore(text, start);
  if (
    /^(?:no\.|number|nos\.|flight|route|page|pages|room|article|resolution|paragraph|model|code)$/.test(
      before,
    )
  )
    return false;
  if (/^(?:about|some|nearly|over|than|approximately|around|almost|only|just|least)$/.test(before)) {
    return !countsThings(wordAfter(text, end), text.slice(start, end));
  }
  return !countsThings(wordAfter(text, end), text.slice(start, end));
}

function yearValue(digits: string, era: string | undefined): number {
  const n = Number(digits);
  return era && /^B/i.test(era) ? 1 - n : n;
}

function fixed(m: RegExpExecArray, value: string, rule: string, start = m.index, year?: number): Candidate {
  const meaning = {
    k: "fixed" as const,
    type: "DATE" as const,
    value,
    ...(year !== undefined ? { year } : {}),
  };
  return { start, end: m.index + m[0].length, meaning, rule };
}

/** Rules for years, year ranges, decades and centuries. */
export const YEAR_RULES: readonly Rule[] = [
  {
    name: "year",
    re: pattern(`(?<y>${YEAR}|\\d{1,3}(?=\\s*(?:BC|B\\.C\\.|BCE)))${ERA}`),
    build(m, text) {
      const g = m.groups ?? {};
      const end = m.index + m[0].length;
      if (!g.era && !plausibleYear(text, m.index, end)) return null;
      const y = yearValue(g.y ?? "", g.era);
      const value = y > 0 ? String(y).padStart(4, "0") : `BC${String(1 - y).padStart(4, "0")}`;
      return fixed(m, value, "year", m.index, y);
    },
  },
  {
    // "1939–45", "2009-10": the second year is written with two digits; TimeML tags each end.
    name: "year-range-short",
    re: pattern(`(?<y1>${YEAR})(?<dash>\\s?[-–]\\s?)(?<y2>\\d{2})`),
    build(m) {
      const g = m.groups ?? {};
      const y1 = Number(g.y1);
      const y2 = Math.floor(y1 / 100) * 100 + Number(g.y2);
      if (y2 <= y1) return null;
      const secondStart = m.index + (g.y1 ?? "").length + (g.dash ?? "").length;
      const first: Candidate = {
        start: m.index,
        end: m.index + (g.y1 ?? "").length,
        meaning: { k: "fixed", type: "DATE", value: String(y1), year: y1 },
        rule: "year-range",
        priority: 1,
      };
      const second: Candidate = {
        start: secondStart,
        end: secondStart + 2,
        meaning: { k: "fixed", type: "DATE", value: String(y2), year: y2 },
        rule: "year-range",
        priority: 1,
      };
      return [first, second];
    },
  },
  {
    name: "decade",
    re: pattern(
      "(?:the\\s+)?(?:(?<c>1\\d|20)(?<d>\\d)0(?:s|['’]s)|['’](?<d2>\\d)0s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      if (g.c && g.d === "0" && g.c !== "20") return fixed(m, g.c, "century-s"); // "the 1800s": the century
      if (g.c) return fixed(m, `${g.c}${g.d}`, "decade");
      const digit = g.d2 ?? String(DECADE_WORDS[(g.w ?? "").toLowerCase()] ?? "");
      // A bare "sixties" is usually an age; "the late eighties", "the mid-seventies" are decades.
      const modified = /\bthe\s+(?:early|mid|late)[\s-]*$/i.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      );
      if (g.w && !/^the\s/i.test(m[0]) && !modified) return null;
      return fixed(m, `19${digit}`, "decade");
    },
  },
  {
    name: "century",
    re: pattern(
      `(?:the\\s+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\\s-]+century${ERA}`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      const n = /^\d/.test(g.n ?? "")
        ? Number.parseInt(g.n ?? "", 10)
        : (ORDINAL_WORDS[(g.n ?? "").toLowerCase()] ?? 0);
      if (n === 0) return null;
      const bc = g.era && /^B/i.test(g.era);
      return fixed(m, bc ? `BC${String(n - 1).padStart(2, "0")}` : String(n - 1).padStart(2, "0"), "century");
    },
  },
];
