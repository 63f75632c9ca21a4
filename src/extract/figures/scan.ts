import { type Amount, findCores, readAmount, readCore } from "./amount.ts";
import { QUALIFIERS } from "./lexicon.ts";

/** A number phrase as written: qualifier, amount, and the second amount of a range or ratio. */
export interface NumberPhrase {
  readonly start: number;
  readonly end: number;
  readonly amount: Amount;
  /** The upper amount of "between 2,000 and 3,000" or "2,000-3,000". */
  readonly upper: Amount | null;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly qualifier: string | null;
  /** "1 in 5": a proportion, reported as a fraction. */
  readonly ratio: boolean;
}

const SP = String.raw`[\s\u00a0\u202f]`;
const QUALIFIER_KEYS = [...QUALIFIERS.keys()].sort((a, b) => b.length - a.length);
const RANGE_RE = new RegExp(`${SP}*(?:[-–—]|to)${SP}*`, "iy");
const AND_RE = new RegExp(`${SP}+and${SP}+`, "iy");
const RATIO_RE = new RegExp(`${SP}+in${SP}+(?:every${SP}+)?`, "iy");
const YEARISH = /^(?:1[89]|20)\d\d$/;
const CHANGE_WORDS =
  /(?:rose|risen|rising|increased?|fell|fallen|dropped|climbed|jumped|grew|grown|declined|up|down)$/i;

/** The normalised qualifier ending right before `at`, with the offset where it starts. */
export function qualifierBefore(text: string, at: number): { start: number; qualifier: string } | null {
  const window = text
    .slice(Math.max(0, at - 24), at)
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, " ");
  for (const key of QUALIFIER_KEYS) {
    if (!window.endsWith(`${key} `)) continue;
    const start = at - key.length - 1;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) continue;
    return { start, qualifier: QUALIFIERS.get(key) ?? key };
  }
  return null;
}

/** The second amount of a range starting at `at` ("–3,000", " to 3 million", " and 3,000"). */
function readUpper(text: string, first: Amount, joiner: RegExp): Amount | null {
  joiner.lastIndex = first.end;
  const join = joiner.exec(text);
  if (!join) return null;
  const at = first.end + join[0].length;
  const prefixed = /^(?:US\$|[$€£¥₹])/.exec(text.slice(at));
  const upper = readAmount(text, at + (prefixed?.[0].length ?? 0));
  if (!upper || upper.kind === "vague" || upper.kind === "fraction") return null;
  const hyphen = /[-–—]/.test(join[0]);
  if (hyphen && (first.kind !== "digits" || upper.kind !== "digits")) return null;
  const a = text.slice(first.coreStart, first.coreEnd);
  const b = text.slice(upper.coreStart, upper.coreEnd);
  if (YEARISH.test(a) || YEARISH.test(b)) return null;
  return { ...upper, start: at };
}

/** Every number phrase in the text, in order, before any decision about what is a figure. */
export function scanNumberPhrases(text: string): NumberPhrase[] {
  const phrases: NumberPhrase[] = [];
  let last = 0;
  for (const coreStart of findCores(text)) {
    if (coreStart < last) continue;
    const amount = readAmount(text, coreStart);
    if (!amount) continue;
    const between = /\b(between|from)[\s\u00a0]+$/i.exec(
      text.slice(Math.max(0, amount.start - 9), amount.start),
    );
    const changeFrom =
      between?.[1]?.toLowerCase() === "from" && CHANGE_WORDS.test(text.slice(0, amount.start - 5).trimEnd());
    let upper: Amount | null = null;
    // "rose 2.3 points to 14.1%" is a change and its result, not a range.
    const changeTo = CHANGE_WORDS.test(
      text
        .slice(Math.max(0, amount.start - 40), amount.start)
        .replace(/\s*(?:by|some|about|almost|nearly|over)?\s*$/i, ""),
    );
    if (between && !changeFrom)
      upper = readUpper(text, amount, between[1]?.toLowerCase() === "between" ? AND_RE : RANGE_RE);
    else if (!between && !changeTo) upper = readUpper(text, amount, RANGE_RE);
    if (upper && amount.unit && upper.unit && amount.unit !== upper.unit) upper = null;
    let ratio = false;
    let end = upper?.end ?? amount.end;
    let value = amount.value;
    let valueMax: number | null = null;
    let unit = amount.unit ?? upper?.unit ?? null;
    if (upper) {
      const shared = !amount.scaled && upper.scaled ? upper.value / readCoreValue(text, upper) : 1;
      value = amount.value * shared;
      valueMax = upper.value;
      if (valueMax <= value) {
        upper = null;
        end = amount.end;
        valueMax = null;
        value = amount.value;
        unit = amount.unit;
      }
    } else if (amount.kind !== "vague" && amount.kind !== "fraction" && amount.unit === null) {
      RATIO_RE.lastIndex = amount.end;
      const join = RATIO_RE.exec(text);
      const den = join ? readCore(text, amount.end + join[0].length) : null;
      if (
        join &&
        den &&
        den.kind !== "vague" &&
        den.kind !== "fraction" &&
        amount.value < den.value &&
        den.value <= 1000 &&
        amount.value <= 10
      ) {
        ratio = true;
        end = den.end;
        value = Number((amount.value / den.value).toFixed(4));
        unit = "fraction";
      }
    }
    let start = upper && between ? amount.start - between[0].length : amount.start;
    const qual = upper && between ? null : qualifierBefore(text, start);
    if (qual) start = qual.start;
    phrases.push({
      start,
      end,
      amount,
      upper,
      value: Number(value.toPrecision(12)),
      valueMax: valueMax === null ? null : Number(valueMax.toPrecision(12)),
      unit,
      qualifier: qual?.qualifier ?? (amount.kind === "vague" ? "at least" : null),
      ratio,
    });
    last = end;
  }
  return phrases;
}

/** The value of an amount before its scale word, to share "million" across "2 and 3 million". */
function readCoreValue(text: string, amount: Amount): number {
  return readCore(text, amount.coreStart)?.value ?? amount.value;
}
