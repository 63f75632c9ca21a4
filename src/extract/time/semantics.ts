import type { TimexType } from "../../model/layers.ts";
import { DAY_PARTS, type Unit } from "./lexicon.ts";

/** The tense a sentence supports, used to place a month or weekday that lacks a year. */
export type Tense = "past" | "present" | "future";

/**
 * What an expression means before anchoring. Rules produce these; `resolve` turns them into
 * TimeML values once the anchors (publication date, last-mentioned date, tense) are known.
 */
export type Meaning =
  /** Already absolute or anchor-free: "2024", "the 1990s", "P3Y", "PRESENT_REF". */
  | { readonly k: "fixed"; readonly type: TimexType; readonly value: string; readonly year?: number }
  /** A calendar date, possibly without its year: "February 24", "June", "July 7, 2021". */
  | {
      readonly k: "date";
      readonly y?: number;
      readonly m: number;
      readonly d?: number;
      readonly shift?: -1 | 0 | 1;
      readonly part?: string;
      /** Year relative to the last-mentioned date: "of that year" (0), "of the following year" (1). */
      readonly yearShift?: number;
      /** Year relative to the publication year: "March last year" (-1), "May 30 next year" (1). */
      readonly dctYear?: -1 | 0 | 1;
      /** A movable feast: its day is computed once the year is known (`m` and `d` are then approximate). */
      readonly feast?: Feast;
      /** "the week ended Oct. 10": the ISO week that holds the day. */
      readonly week?: boolean;
    }
  /** A weekday: "Sunday", "last Tuesday", "Friday morning". `shift` is this (0), last (-1), next (1). */
  | {
      readonly k: "weekday";
      readonly wd: number;
      readonly shift?: -1 | 0 | 1;
      readonly part?: string;
      readonly time?: string;
      /** "the weekend": placed like a Saturday, written as the week's weekend (2025-W08-WE). */
      readonly weekend?: boolean;
    }
  /**
   * An offset from an anchor in a unit: "yesterday" (dct, day, -1), "last week" (dct, week, -1),
   * "two years ago", "A day later" (ref, day, +1), "the following week" (ref, week, +1).
   */
  | {
      readonly k: "rel";
      /** dct: publication date; ref: last-mentioned date; ctx: ref in a history, dct in news. */
      readonly base: "dct" | "ref" | "ctx";
      readonly unit: Unit;
      readonly offset: number | "X-" | "X+";
      readonly part?: string;
    }
  /** A season, with its year or relative to the anchor: "summer 2010", "last winter", "the spring". */
  | {
      readonly k: "season";
      readonly season: string;
      readonly y?: number;
      readonly shift?: -1 | 0 | 1;
      /** "the following spring": shifted from the last-mentioned date, not from publication. */
      readonly fromRef?: boolean;
    }
  /**
   * A part of a year: quarters ("Q1") and halves ("H2"), with the year when given, or the year relative to
   * publication ("of last year": -1).
   */
  | {
      readonly k: "yearpart";
      readonly code: string;
      readonly y?: number;
      readonly yShift?: number;
      /** "of the year": the publication year in news, the story's year in a history. */
      readonly ofTheYear?: boolean;
      /** "the year-ago first quarter": in the year before the last period the text named. */
      readonly yearAgo?: boolean;
    }
  /**
   * A period named by reference to the last one the text gave (news on results and statistics): "the latest
   * quarter", "the year-earlier period", "the same month last year", "the full year".
   */
  | { readonly k: "period"; readonly rel: PeriodRel }
  /** A clock time without a date: "3 p.m.", "noon". */
  | { readonly k: "clock"; readonly time: string };

/**
 * How a period refers back: "the latest quarter" (same), "the previous quarter", "the year-earlier period",
 * "the full year", "in the month" (the month last named), "the new year" (the coming one late in the year).
 */
export type PeriodRel = "same" | "previous" | "year-earlier" | "full-year" | "month" | "new-year";

/** A holiday whose date moves: days from Easter Sunday, or the US Thanksgiving and Election Day. */
export type Feast = { readonly easter: number } | { readonly k: "thanksgiving" } | { readonly k: "election" };

/** One expression found by a rule, before overlaps are settled and before anchoring. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly meaning: Meaning;
  readonly mod?: string;
  /** Wins ties of equal length: set on the parts of a range, which know their shared month or year. */
  readonly priority?: number;
  /** The rule that found it, for debugging and tests. */
  readonly rule: string;
}

/** A pattern and the function that reads its match. `build` may reject a match by returning null. */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  build(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

/** Left word boundary: no letter or digit just before. */
export const LB = "(?<![\\p{L}\\p{N}])";
/** Right word boundary: no letter or digit just after. */
export const RB = "(?![\\p{L}\\p{N}])";

/** Compiles a rule pattern with the flags every rule needs (global, Unicode, match indices). */
export function pattern(source: string, caseInsensitive = false): RegExp {
  return new RegExp(`${LB}${source}${RB}`, caseInsensitive ? "giud" : "gud");
}

/** The start and end of a named group in a match, or null when the group did not take part. */
export function groupSpan(m: RegExpExecArray, name: string): { start: number; end: number } | null {
  const span = m.indices?.groups?.[name];
  return span ? { start: span[0], end: span[1] } : null;
}

/** The word just before `start` (lower case), skipping spaces; "" when none. */
export function wordBefore(text: string, start: number): string {
  const match = /([\p{L}\p{N}'’.]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return match?.[1]?.toLowerCase() ?? "";
}

/** The word just after `end` (as written), skipping spaces; "" when none. */
export function wordAfter(text: string, end: number): string {
  const match = /^[\s\u00a0]*([\p{L}\p{N}'’]+)/u.exec(text.slice(end, end + 40));
  return match?.[1] ?? "";
}

/** A candidate covering the whole match. */
export function whole(m: RegExpExecArray, meaning: Meaning, rule: string): Candidate {
  return { start: m.index, end: m.index + m[0].length, meaning, rule };
}

/** TimeML code for a part of the day ("morning" → "MO"), or undefined. */
export function partOf(word: string | undefined): string | undefined {
  return word ? DAY_PARTS[word.toLowerCase()] : undefined;
}
