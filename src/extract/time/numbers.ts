/** Numbers written in words or digits, as they occur inside time expressions ("twenty-five", "12", "a"). */

const SMALL: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
  "a dozen": 12,
  "a couple of": 2,
  "a couple": 2,
  couple: 2,
  "a half": 0.5,
  half: 0.5,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
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
