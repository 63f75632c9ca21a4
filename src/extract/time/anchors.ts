import type { Timex } from "../../model/layers.ts";
import type { Ymd } from "./calendar.ts";
import type { Tense } from "./semantics.ts";

/** A date mentioned earlier in the text, at the precision it was written ("2024", "2024-06", "2024-06-03"). */
export interface Ref {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

/** Everything an expression may be anchored on, as known at the point where it occurs. */
export interface Anchors {
  /** Publication date (document creation time); null when unknown. */
  readonly dct: Ymd | null;
  /** The last date mentioned before the expression, for narrative expressions ("A day later"). */
  readonly ref: Ref | null;
  /** True when `ref` was mentioned in the expression's own sentence ("Tuesday at 10 a.m."). */
  readonly refInSentence: boolean;
  /** The last date written to the day, and its sentence: a past clock time in news falls on it. */
  readonly lastDay: { readonly ref: Ref; readonly sentence: number } | null;
  /** The last year written out, and the sentence it was in. */
  readonly lastYear: { readonly y: number; readonly sentence: number } | null;
  readonly sentence: number;
  /** The value of the last DATE that named a period ("2015-Q4", "2016-02", "2015"), for "the latest quarter". */
  readonly lastPeriod: string | null;
  readonly tense: Tense;
  /** True when the expression's sentence has no verb to take a tense from (the tense is a default). */
  readonly verbless: boolean;
  /** True when the text is mostly about times far from the publication date (histories, not news). */
  readonly narrative: boolean;
  /** Up to 20 characters before the expression, lower case ("since ", "until "). */
  readonly before: string;
  /** The expression's sentence up to the expression (at most 120 characters). */
  readonly lead: string;
  /** The words right after the expression (at most 30 characters). */
  readonly after: string;
}

/** A resolved value and where it came from. `unanchored`: a needed anchor was missing. */
export interface Resolved {
  readonly type: Timex["type"];
  readonly value: string;
  readonly anchor: Timex["anchor"];
  readonly unanchored?: boolean;
}

/** The reference point from a resolved value, or null when the value is not a calendar point. */
export function refFromValue(value: string): Ref | null {
  const match = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value);
  if (!match) return null;
  const y = match[1] ? 1 - Number(match[2]) : Number(match[2]);
  match.splice(1, 1);
  if (match[3]) return { y, m: Number(match[2]), d: Number(match[3]) };
  if (match[2]) return { y, m: Number(match[2]) };
  return { y };
}

/** True when the expression follows "since" ("since June", "since their Oct. 13 debate"). */
export function afterSince(before: string): boolean {
  return /\bsince\s+(?:(?:the|their|its|his|her|our|a|an|last)\s+)?$/i.test(before);
}
