import type { Timex } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";

/** When a stance was stated: a linked time expression, else the publication date. */
export interface StanceDate {
  /** Index into the `times` layer, or null when the date is the publication date (or unknown). */
  readonly time: number | null;
  /** TIMEX3 value of the linked time, else the document's publication date, else null. */
  readonly date: string | null;
}

/**
 * The time expression of the sentence that states the stance (a DATE or TIME, the one nearest the
 * cue), so "On Monday the council called for …" is dated Monday; otherwise the publication date.
 */
export function stanceDate(
  times: readonly Timex[],
  sentence: Span,
  cue: Span,
  published: string | null,
): StanceDate {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  times.forEach((t, i) => {
    if (t.type !== "DATE" && t.type !== "TIME") return;
    if (t.start < sentence.start || t.end > sentence.end) return;
    const distance = t.end <= cue.start ? cue.start - t.end : Math.abs(t.start - cue.end);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  const linked = best === null ? null : times[best];
  return linked ? { time: best, date: linked.value } : { time: null, date: published };
}
