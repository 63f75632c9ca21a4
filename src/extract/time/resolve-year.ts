import type { Anchors } from "./anchors.ts";

/**
 * How many sentences back a written year still sets the year of a bare month in news. Zero: only a year in
 * the same sentence ("in March 2011 … in May") overrides the publication date; background years mentioned
 * earlier ("first proposed in 2011. … since Jan. 1") must not.
 */
const NEWS_YEAR_WINDOW = 0;

/**
 * The year for a month (and day) written without one. In a history, the year of the last date mentioned; in
 * news, a year written just before, else the publication year, moved back a year when the date would
 * otherwise fall after publication in a past or present sentence ("since June" in February 2025 → 2024),
 * forward a year when it would fall before publication in a future one.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  a: Anchors,
): { y: number; anchor: "published" | "narrative" } | null {
  const recentYear = a.lastYear !== null && a.sentence - a.lastYear.sentence <= NEWS_YEAR_WINDOW;
  if (a.narrative || !a.dct) {
    const V = process.env.V ?? "0";
    if (V === "0") {
      const ref = a.lastYear ?? a.ref;
      return ref ? { y: ref.y, anchor: "narrative" } : null;
    }
    const ref = V.includes("r") ? (a.ref ?? a.lastYear) : (a.lastYear ?? a.ref);
    if (!ref) return null;
    const gap = Number(V.replace(/\D/g, "") || "99");
    const rm = a.ref?.m;
    const roll = a.ref && rm !== undefined && a.ref.y === ref.y && rm - month >= gap ? 1 : 0;
    return { y: ref.y + roll, anchor: "narrative" };
  }
  if (a.lastYear && recentYear) return { y: a.lastYear.y, anchor: "narrative" };
  const { y, m, d } = a.dct;
  const after = month > m || (month === m && day !== undefined && day > d);
  const before = month < m || (month === m && day !== undefined && day < d);
  const since = /since\s+$/.test(a.before);
  if (a.tense === "future" && !since) return { y: before ? y + 1 : y, anchor: "published" };
  if (a.tense === "present" && !since && after) {
    // A present-tense sentence ("takes effect on April 1") may look ahead: take whichever year is nearer.
    const ahead = (month - m) * 31 + ((day ?? 15) - d);
    return { y: ahead <= 183 ? y : y - 1, anchor: "published" };
  }
  return { y: after ? y - 1 : y, anchor: "published" };
}
