import type { Timex } from "../../model/layers.ts";
import { REPORT_DATING_VERBS } from "../lexicon/reporting.ts";
import type { TriggerContext } from "./context.ts";

/** A time expression located in tokens: its index in the `times` layer and its token range. */
export interface PlacedTimex {
  readonly index: number;
  readonly timex: Timex;
  readonly first: number;
  readonly last: number;
}

/**
 * Links a trigger to a DATE or TIME expression of its sentence: one in its own clause segment
 * first, then anywhere in the sentence — in both cases only when no other trigger stands between
 * them (in "killed … since the deployment in June", June belongs to the deployment), and not from another
 * clause's relative ("X, who arrived on Monday, said …"). A narrative
 * continuation without a date of its own gets none: merging may later lend it one.
 */
export function linkTime(
  c: TriggerContext,
  timexes: readonly PlacedTimex[],
  triggerTokens: readonly number[],
  segmentOf: (token: number) => number,
): PlacedTimex | null {
  const own = segmentOf(c.m.first);
  // "X, who visited the region on Wednesday, called on …": Wednesday dates the visit, not the call.
  const inOtherRelative = (t: PlacedTimex): boolean => {
    const seg = segmentOf(t.first);
    if (seg === own) return false;
    let k = t.first;
    while (k - 1 >= c.sentenceStart && segmentOf(k - 1) === seg) k--;
    return /^(?:who|which|whose|whom)$/.test(c.v.at(k));
  };
  const candidates = timexes.filter((t) => {
    if (t.timex.type !== "DATE" && t.timex.type !== "TIME") return false;
    // "now", "the past": no point on a timeline.
    if (t.timex.value.endsWith("_REF")) return false;
    if (t.first < c.sentenceStart || t.last >= c.sentenceEnd) return false;
    if (inOtherRelative(t)) return false;
    // "…, the governor said on Friday": the day of the report, not of what it reports.
    if (segmentOf(t.first) !== own && reportingDay(c, t)) return false;
    const [lo, hi] = t.last < c.m.first ? [t.last, c.m.first] : [c.m.last, t.first];
    return !triggerTokens.some((k) => k > lo && k < hi);
  });
  const distance = (t: PlacedTimex): number => (t.last < c.m.first ? c.m.first - t.last : t.first - c.m.last);
  const best = (list: PlacedTimex[]): PlacedTimex | null =>
    list.reduce<PlacedTimex | null>((a, t) => (a === null || distance(t) < distance(a) ? t : a), null);
  const sameSegment = candidates.filter((t) => segmentOf(t.first) === own || segmentOf(t.last) === own);
  return best(sameSegment) ?? best(candidates);
}

/** True when a reporting verb stands right before the time expression ("said on Friday", "told reporters Monday"). */
function reportingDay(c: TriggerContext, t: PlacedTimex): boolean {
  for (let k = t.first - 1; k >= Math.max(c.sentenceStart, t.first - 4); k--) {
    if (REPORT_DATING_VERBS.has(c.v.at(k))) return true;
    if (c.v.isPunct(k)) return false;
  }
  return false;
}
