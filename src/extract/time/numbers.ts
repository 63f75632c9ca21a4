/** Numbers written in words or digits, as they occur inside time expressions ("twenty-five", "12", "a"). */
import { ONES, TENS } from "../lexicon/cardinals.ts";

const { zero: _zero, ...ONES_FROM_ONE } = ONES;
const SMALL: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...ONES_FROM_ONE,
  dozen: 12,
  "a dozen": 12,
  "a couple of": 2,
  "a couple": 2,
  couple: 2,
  "a half": 0.5,
  half: 0.5,
};

/** Words that stand for an unknown count: the value gets "X" ("several years" → PXY). */
const VAGUE = new Set(["several", "a few", "few", "many", "some", "a number of", "numerous", "multiple"]);

/** Regular-expression alternatives for a count, longest first so "twenty-five" beats "twenty". */
export const COUNT_RE =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" +
  "a couple of|a couple|a dozen|a few|a number of|a half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" +
  "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen|several|few|many|some|numerous|multiple|an?|" +
  "(?:one|two|three|four|five|six|seven|eight|nine|ten) hundred|hundreds of|thousands of)";

/**
 * The value of a count phrase: a number, "X" for a vague count, or null when the phrase is not a count.
 * Case-insensitive; accepts digits ("12"), words ("twelve", "twenty-five") and "a"/"an" (1).
 */
export function parseCount(phrase: string): number | "X" | null {
  const p = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(p)) return Number(p.replace(/,/g, ""));
  if (/^\d+(?:\.\d+)?$/.test(p)) return Number(p);
  if (VAGUE.has(p) || p === "hundreds of" || p === "thousands of") return "X";
  const small = SMALL[p];
  if (small !== undefined) return small;
  const [tens, ones] = p.split(/[- ]/);
  const t = TENS[tens ?? ""];
  if (t !== undefined) {
    if (ones === undefined) return t;
    const o = SMALL[ones];
    return o !== undefined && o < 10 ? t + o : null;
  }
  const hundred = /^(\w+) hundred$/.exec(p);
  if (hundred) {
    const h = SMALL[hundred[1] ?? ""];
    return h !== undefined ? h * 100 : null;
  }
  return null;
}

/** Ordinal words, for centuries ("the nineteenth century"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};

/** Decade words ("the sixties") → decade digit. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
