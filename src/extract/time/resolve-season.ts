import type { Anchors, Resolved } from "./anchors.ts";
import { formatYear } from "./calendar.ts";
import { inferYear } from "./resolve-year.ts";

/**
 * A season's TimeML value ("2024-SU"): its written year, a year shifted from publication ("last winter") or
 * from the story's date ("the following spring", or any shifted season in a history), else the year inferred
 * like a bare month's.
 */
export function resolveSeason(
  season: string,
  y: number | undefined,
  shift: -1 | 0 | 1 | undefined,
  a: Anchors,
  fromRef: boolean,
): Resolved {
  if (y !== undefined) return { type: "DATE", value: `${formatYear(y)}-${season}`, anchor: "absolute" };
  const endMonth: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };
  // A history's "next spring" and any "the following spring" count from the story's date.
  const base = (fromRef || a.narrative) && a.ref ? a.ref : a.dct;
  if (shift !== undefined && base) {
    const done = base.m !== undefined && base.m > (endMonth[season] ?? 8) && season !== "WI";
    const year =
      shift === 0
        ? base.y
        : shift < 0
          ? done
            ? base.y
            : base.y - 1
          : done
            ? base.y + 1
            : base.y + (base.m === undefined ? 1 : 0);
    const anchor = base === a.dct ? "published" : "narrative";
    return { type: "DATE", value: `${formatYear(year)}-${season}`, anchor };
  }
  // In news, a winter is named by the year it begins in ("2022-WI" runs into early 2023): place its December.
  const inferred = inferYear(
    season === "WI" && !a.narrative ? 12 : (endMonth[season] ?? 8) - 1,
    undefined,
    a,
  );
  if (!inferred) return { type: "DATE", value: `XXXX-${season}`, anchor: "none", unanchored: true };
  return { type: "DATE", value: `${formatYear(inferred.y)}-${season}`, anchor: inferred.anchor };
}
