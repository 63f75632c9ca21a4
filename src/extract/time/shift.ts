import type { Ref } from "./anchors.ts";
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  pad,
  type Ymd,
} from "./calendar.ts";
import type { Unit } from "./lexicon.ts";

/** The calendar day of a reference point, when it is that precise. */
export function dayOf(ref: Ref | null): Ymd | null {
  return ref && ref.m !== undefined && ref.d !== undefined ? { y: ref.y, m: ref.m, d: ref.d } : null;
}

/** The value `offset` units away from a point, at the unit's precision (or the point's, if coarser). */
export function shiftPoint(p: Ref, unit: Unit, offset: number): string {
  const day = dayOf(p);
  switch (unit) {
    case "second":
    case "minute":
    case "hour":
    case "day":
      return day
        ? formatDay(addDays(day, unit === "day" ? offset : 0))
        : p.m
          ? formatMonth(p.y, p.m)
          : formatYear(p.y);
    case "week":
    case "weekend":
      if (!day) return p.m ? formatMonth(p.y, p.m) : formatYear(p.y);
      return formatWeek(addDays(day, offset * 7)) + (unit === "weekend" ? "-WE" : "");
    case "month": {
      if (p.m === undefined) return formatYear(p.y);
      const next = addMonths(p.y, p.m, offset);
      return formatMonth(next.y, next.m);
    }
    case "quarter": {
      if (p.m === undefined) return formatYear(p.y);
      const index = p.y * 4 + Math.floor((p.m - 1) / 3) + offset;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case "year":
      return formatYear(p.y + offset);
    case "decade":
      return String(Math.floor(p.y / 10) + offset);
    case "century":
      return pad(Math.floor(p.y / 100) + offset, 2);
  }
}
