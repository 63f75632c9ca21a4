import type { Anchors, Ref } from "./anchors.ts";

/**
 * How far (in years) a bare year may lie from the story's year and still move the story: "the largest battle
 * since 1813" or "documents found in 2004" in an account of 1920 are asides, and the bare months after them
 * stay in 1920.
 */
const ASIDE_YEARS = 20;

/** Where a text's story stands after the expressions read so far. */
export interface StoryState {
  /** The last date mentioned (not an aside). */
  readonly ref: Ref | null;
  readonly refSentence: number;
  /** The last year written out (not an aside), and its sentence. */
  readonly lastYear: Anchors["lastYear"];
  /** A far bare year not yet followed: the story moves there when the next written year is near it. */
  readonly pending: number | null;
}

/** Words before a bare year that make it a plan or a forecast ("for a planned campaign in 1976"), not the story. */
const PROSPECT =
  /\b(?:would|planned|plans?|scheduled|expected|due|will|forecasts?|projected|until|through)\b[^.;]*$/i;

/** True when the words before a bare year (in its sentence) look ahead from the story rather than tell it. */
export function isProspect(before: string): boolean {
  return PROSPECT.test(before);
}

/** The state before any expression. */
export const STORY_START: StoryState = { ref: null, refSentence: -1, lastYear: null, pending: null };

/**
 * The story after a DATE or TIME at `point`. `explicit`: its year was written. A written bare year far from
 * the story's year is an aside unless the next written year confirms the jump.
 */
export function advanceStory(
  s: StoryState,
  point: Ref,
  explicit: boolean,
  sentence: number,
  prospect = false,
): StoryState {
  if (!explicit) return { ...s, ref: point, refSentence: sentence };
  // A later bare year in a plan or forecast does not move the story to it.
  if (prospect && point.m === undefined && s.lastYear !== null && point.y > s.lastYear.y) return s;
  const far = s.lastYear !== null && Math.abs(point.y - s.lastYear.y) > ASIDE_YEARS;
  const confirms = s.pending !== null && Math.abs(point.y - s.pending) <= ASIDE_YEARS;
  if (far && point.m === undefined && !confirms) return { ...s, pending: point.y };
  return { ref: point, refSentence: sentence, lastYear: { y: point.y, sentence }, pending: null };
}
