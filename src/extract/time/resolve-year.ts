import type { Anchors } from "./anchors.ts";

/**
 * How many sentences back a year written before the publication year still sets the year of a bare month in
 * news: "The clinic closed in 2019. Two months later, in March, …" is March 2019. Further back it is
 * background, and the publication date decides again.
 */
const NEWS_YEAR_WINDOW = 2;

/** In news, a month at most this many months before publication keeps the publication-based reading. */
const RECENT_MONTHS = 1;

/**
 * In a history, how many months a bare month must lie before the last-mentioned month for the story to have
 * moved into the next year ("December 8, 1941 … In January" → 1942), rather than stepping back a little.
 */
const ROLLOVER_MONTHS = 4;

/** The year a history has reached: the last year written, moved on when a bare month comes well before it. */
function narrativeYear(month: number, a: Anchors): number | null {
  // The last year written, not a year inferred since: carrying inferred years on compounds their errors
  // (measured on WikiWars).
  const base = a.lastYear?.y ?? a.ref?.y;
  if (base === undefined) return null;
  const ref = a.ref;
  const rolls = ref?.m !== undefined && ref.y === base && ref.m - month >= ROLLOVER_MONTHS;
  return base + (rolls ? 1 : 0);
}

/**
 * The year for a month (and day) written without one. In a history, the year the narrative has reached; in
 * news, a year written in the same sentence, or a past year written a few sentences before when the sentence is
 * in the past tense (unless the month follows "since", which counts back from publication), else the publication year, moved back a year when
 * the date would otherwise fall after publication in a past or present sentence ("since June" in February
 * 2025 → 2024), forward a year when it would fall before publication in a future one.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  a: Anchors,
): { y: number; anchor: "published" | "narrative" } | null {
  if (a.narrative || !a.dct) {
    const y = narrativeYear(month, a);
    return y === null ? null : { y, anchor: "narrative" };
  }
  const since = /since\s+$/.test(a.before);
  const { y, m, d } = a.dct;
  if (a.lastYear) {
    const distance = a.sentence - a.lastYear.sentence;
    // A month of the last few weeks ("on February 10" in a late-February report) is news, not the story.
    const monthsBack = (m - month + 12) % 12;
    const earlier =
      a.lastYear.y < y &&
      distance <= NEWS_YEAR_WINDOW &&
      a.tense === "past" &&
      !since &&
      monthsBack > RECENT_MONTHS;
    // A month in a future clause is not in a past year written earlier in the sentence ("The crisis began in
    // 2009, and leaders will meet again in October").
    const pastForFuture = a.tense === "future" && a.lastYear.y < y;
    if ((distance === 0 && !pastForFuture) || earlier) return { y: a.lastYear.y, anchor: "narrative" };
  }
  const after = month > m || (month === m && day !== undefined && day > d);
  const before = month < m || (month === m && day !== undefined && day < d);
  if (a.tense === "future" && !since) return { y: before ? y + 1 : y, anchor: "published" };
  if (a.tense === "present" && !since && after) {
    // A present-tense sentence ("takes effect on April 1") may look ahead: take whichever year is nearer.
    const ahead = (month - m) * 31 + ((day ?? 15) - d);
    return { y: ahead <= 183 ? y : y - 1, anchor: "published" };
  }
  if (a.tense === "present" && !since && before) {
    // "The new Congress convenes in January", written in November: a schedule a few months ahead.
    const ahead = (month + 12 - m) * 31 + ((day ?? 15) - d);
    if (ahead <= 92) return { y: y + 1, anchor: "published" };
  }
  return { y: after ? y - 1 : y, anchor: "published" };
}
