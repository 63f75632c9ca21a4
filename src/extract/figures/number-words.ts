/** Numbers written in words: "twenty-three", "three hundred and fifty", "a dozen", "two-thirds", "dozens". */
import { ONES, TENS } from "../lexicon/cardinals.ts";

const UNITS: Record<string, number> = { ...ONES, ...TENS };
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
/** Vague plurals: the least value they can mean, reported with the qualifier "at least". */
const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
  "tens of thousands": 20000,
  "hundreds of thousands": 200000,
  "tens of millions": 2e7,
  "hundreds of millions": 2e8,
};

const CARDINAL = `(?:${Object.keys(UNITS).join("|")}|${Object.keys(MULTIPLIERS).join("|")}|dozen)`;
const SEP = String.raw`(?:[\s\u00a0]+and[\s\u00a0]+|[\s\u00a0]+|[-‐‑])`;
/** A run of cardinal words, optionally led by "a" before a multiplier ("a dozen", "a million"). */
export const CARDINAL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:half[\s\u00a0]+)?a[\s\u00a0]+(?=(?:hundred|thousand|million|billion|dozen)\b))?${CARDINAL}(?:${SEP}${CARDINAL})*(?![\p{L}\p{N}]|[-‐‑]\p{L})`,
  "giu",
);
/** "two-thirds", "a third", "one quarter", "half". */
export const FRACTION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s\u00a0-]+(?:${Object.keys(DENOMINATORS).join("|")})|half)(?![\p{L}\p{N}-])`,
  "giu",
);
/** "dozens", "hundreds of thousands". */
export const VAGUE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${Object.keys(VAGUE)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![\p{L}\p{N}-])`,
  "giu",
);

/**
 * The part of a cardinal-word match that is one number: "and" joins words only after "hundred",
 * "thousand", "million"… ("three hundred and fifty"), not two numbers ("two and three").
 */
export function trimCardinal(match: string): string {
  const re = /[\s\u00a0]+and[\s\u00a0]+/gi;
  for (let m = re.exec(match); m; m = re.exec(match)) {
    const before = match.slice(0, m.index).toLowerCase();
    if (!/(?:hundred|thousand|million|billion|trillion)$/.test(before)) return match.slice(0, m.index);
  }
  return match;
}

/** The value of a run of cardinal words, or null when the words do not form one number. */
export function cardinalValue(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s\u00a0‐‑-]+/)
    .filter((w) => w !== "and");
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === "a") {
      current = current === 0.5 ? 0.5 : 1;
      continue;
    }
    if (word === "half") {
      // "half a million"
      current = 0.5;
      continue;
    }
    const unit = UNITS[word];
    const mult = MULTIPLIERS[word];
    if (unit !== undefined) {
      current += unit;
    } else if (word === "dozen") {
      current = (current || 1) * 12;
    } else if (mult === 100) {
      current = (current || 1) * 100;
    } else if (mult !== undefined) {
      total += (current || 1) * mult;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** The value of a fraction in words ("two-thirds" → 0.6667), or null. */
export function fractionValue(phrase: string): number | null {
  const words = phrase.toLowerCase().split(/[\s\u00a0-]+/);
  const den = DENOMINATORS[words[words.length - 1] ?? ""];
  if (den === undefined) return null;
  const num = words.length === 1 ? 1 : words[0] === "a" ? 1 : (UNITS[words[0] ?? ""] ?? null);
  return num === null ? null : Number((num / den).toFixed(4));
}

/** The least value a vague plural means ("dozens" → 24). */
export function vagueValue(phrase: string): number | null {
  return VAGUE[phrase.toLowerCase().replace(/[\s\u00a0]+/g, " ")] ?? null;
}

/** A cardinal word's value when it is a single number word ("five" → 5), for ratios and tests. */
export function smallWordValue(word: string): number | null {
  return UNITS[word.toLowerCase()] ?? null;
}
