import type { Anchors, Ref, Resolved } from "./anchors.ts";
import { addDays, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, pad } from "./calendar.ts";
import type { Unit } from "./lexicon.ts";
import { resolveSeason } from "./resolve-season.ts";
import { inferYear } from "./resolve-year.ts";
import type { Meaning } from "./semantics.ts";
import { dayOf, shiftPoint } from "./shift.ts";

/** Turns what an expression means into a TimeML value, choosing its anchor. */
export function resolve(meaning: Meaning, a: Anchors): Resolved {
  switch (meaning.k) {
    case "fixed":
      return { type: meaning.type, value: meaning.value, anchor: "absolute" };
    case "date":
      return resolveDate(meaning, a);
    case "weekday":
      return resolveWeekday(meaning.wd, meaning.shift, meaning.part ?? meaning.time, a, meaning.weekend);
    case "rel":
      return resolveRelative(meaning.base, meaning.unit, meaning.offset, meaning.part, a);
    case "season":
      return resolveSeason(meaning.season, meaning.y, meaning.shift, a, meaning.fromRef ?? false);
    case "yearpart": {
      if (meaning.y !== undefined)
        return { type: "DATE", value: `${formatYear(meaning.y)}-${meaning.code}`, anchor: "absolute" };
      if (meaning.ofTheYear && !a.narrative && a.dct)
        return { type: "DATE", value: `${formatYear(a.dct.y)}-${meaning.code}`, anchor: "published" };
      if (meaning.yShift !== undefined && a.dct) {
        const y = a.dct.y + meaning.yShift;
        return { type: "DATE", value: `${formatYear(y)}-${meaning.code}`, anchor: "published" };
      }
      const q = meaning.code.startsWith("Q")
        ? Number(meaning.code.slice(1)) * 3
        : meaning.code === "H1"
          ? 6
          : 12;
      // In news, a past sentence names a part of the year that has begun ("sales fell in the third
      // quarter"), a future one a part that has not ended ("results for the third quarter are due").
      const first = meaning.code.startsWith("Q") ? q - 2 : q - 5;
      const month = a.narrative ? q - 2 : a.tense === "past" ? first : q;
      const year = inferYear(month, undefined, a);
      if (!year) return { type: "DATE", value: `XXXX-${meaning.code}`, anchor: "none", unanchored: true };
      return { type: "DATE", value: `${formatYear(year.y)}-${meaning.code}`, anchor: year.anchor };
    }
    case "clock": {
      // A day named in the same sentence ("Tuesday at 10 a.m.") is the clock time's day.
      const here = a.refInSentence ? dayOf(a.ref) : null;
      const day = here ?? (a.narrative ? dayOf(a.ref) : a.dct);
      if (!day)
        return {
          type: "TIME",
          value: `XXXX-XX-XXT${meaning.time}`,
          anchor: "none",
          unanchored: true,
        };
      return {
        type: "TIME",
        value: `${formatDay(day)}T${meaning.time}`,
        anchor: here || a.narrative ? "narrative" : "published",
      };
    }
  }
}

function withPart(value: string, part: string | undefined): { type: "DATE" | "TIME"; value: string } {
  if (!part) return { type: "DATE", value };
  return { type: "TIME", value: `${value}T${part}` };
}

function resolveDate(meaning: Extract<Meaning, { k: "date" }>, a: Anchors): Resolved {
  const { m, d } = meaning;
  let y = meaning.y;
  let anchor: Resolved["anchor"] = "absolute";
  if (y === undefined && meaning.yearShift !== undefined && (a.ref || a.lastYear)) {
    y = (a.ref?.y ?? a.lastYear?.y ?? 0) + meaning.yearShift;
    anchor = "narrative";
  } else if (y === undefined && meaning.shift !== undefined && a.dct) {
    // "last June": the most recent June before this month; "next June": the first one after it.
    const shift = meaning.shift;
    y =
      shift === 0
        ? a.dct.y
        : shift < 0
          ? m < a.dct.m
            ? a.dct.y
            : a.dct.y - 1
          : m > a.dct.m
            ? a.dct.y
            : a.dct.y + 1;
    anchor = "published";
  } else if (y === undefined) {
    const inferred = inferYear(m, d, a);
    if (!inferred) {
      const value = d !== undefined ? `XXXX-${pad(m)}-${pad(d)}` : `XXXX-${pad(m)}`;
      return { ...withPart(value, meaning.part), anchor: "none", unanchored: true };
    }
    y = inferred.y;
    anchor = inferred.anchor;
  }
  const value = d !== undefined ? formatDay({ y, m, d }) : formatMonth(y, m);
  return { ...withPart(value, meaning.part), anchor };
}

function resolveWeekday(
  wd: number,
  shift: -1 | 0 | 1 | undefined,
  part: string | undefined,
  a: Anchors,
  weekend = false,
): Resolved {
  const suffix = (v: string) =>
    part ? { type: "TIME" as const, value: `${v}T${part}` } : { type: "DATE" as const, value: v };
  const base = a.narrative ? (dayOf(a.ref) ?? a.dct) : a.dct;
  if (!base)
    return { ...suffix(weekend ? "XXXX-WXX-WE" : `XXXX-WXX-${wd}`), anchor: "none", unanchored: true };
  const diff = wd - isoWeekday(base); // -6 … 6
  let delta: number;
  if (shift === 0) delta = diff;
  else if (shift === -1) delta = diff < 0 ? diff : diff - 7;
  else if (shift === 1) delta = diff > 0 ? diff : diff + 7;
  // News reports what happened in the past tense; a weekday in a future or present-tense clause is a
  // scheduled one ("Voters go to the polls on Sunday"), unless it follows "since".
  else if (a.narrative || (a.tense !== "past" && !/since\s+$/.test(a.before)))
    delta = diff >= 0 ? diff : diff + 7;
  else delta = diff <= 0 ? diff : diff - 7;
  const day = addDays(base, delta);
  const value = weekend ? `${formatWeek(day)}-WE` : formatDay(day);
  return { ...suffix(value), anchor: a.narrative ? "narrative" : "published" };
}

function resolveRelative(
  given: "dct" | "ref" | "ctx",
  unit: Unit,
  offset: number | "X-" | "X+",
  part: string | undefined,
  a: Anchors,
): Resolved {
  let base = given === "ctx" ? (a.narrative ? "ref" : "dct") : given;
  // In news, "the day before" after a bare year ("signed in 2019. The day before, …") cannot count days
  // from that year: the publication date is the better anchor.
  const fine = unit === "day" || unit === "hour" || unit === "minute" || unit === "week";
  if (base === "ref" && !a.narrative && fine && a.ref?.d === undefined && a.dct) base = "dct";
  const point: Ref | null = base === "dct" ? a.dct : (a.ref ?? a.dct);
  const anchor = base === "dct" || !a.ref ? "published" : "narrative";
  if (!point || typeof offset === "string") {
    const dir = offset === "X-" ? -1 : offset === "X+" ? 1 : offset;
    const value = dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return { type: "DATE", value, anchor: point ? anchor : "none", unanchored: !point };
  }
  const value = shiftPoint(point, unit, offset);
  return { ...withPart(value, part && /^\d{4}-\d{2}-\d{2}$/.test(value) ? part : undefined), anchor };
}
