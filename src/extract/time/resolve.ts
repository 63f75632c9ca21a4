import type { Anchors, Ref, Resolved } from "./anchors.ts";
import {
  addDays,
  dayNumber,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekday,
  nthWeekday,
  pad,
  type Ymd,
} from "./calendar.ts";
import type { Unit } from "./lexicon.ts";
import { resolveSeason } from "./resolve-season.ts";
import { inferYear } from "./resolve-year.ts";
import type { Feast, Meaning, PeriodRel } from "./semantics.ts";
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
      if (meaning.yearAgo) {
        const last = parsePeriod(a.lastPeriod);
        if (last)
          return { type: "DATE", value: `${formatYear(last.y - 1)}-${meaning.code}`, anchor: "narrative" };
        if (!a.dct) return { type: "DATE", value: `XXXX-${meaning.code}`, anchor: "none", unanchored: true };
        return { type: "DATE", value: `${formatYear(a.dct.y - 1)}-${meaning.code}`, anchor: "published" };
      }
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
    case "period":
      return resolvePeriod(meaning.rel, a);
    case "clock": {
      // A day named in the same sentence ("Tuesday at 10 a.m.") is the clock time's day.
      const here = a.refInSentence ? dayOf(a.ref) : null;
      // News: "Polls closed at 8 p.m." after "Turnout on Election Day was …": a past clock time falls on the
      // day the last sentences named, when that day is before publication.
      const recent =
        a.lastDay && a.tense === "past" && a.sentence - a.lastDay.sentence <= 2 && a.dct
          ? dayOf(a.lastDay.ref)
          : null;
      const earlier = recent && a.dct && dayNumber(recent) < dayNumber(a.dct) ? recent : null;
      const day = here ?? (a.narrative ? dayOf(a.ref) : (earlier ?? a.dct));
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
  if (y === undefined && meaning.dctYear !== undefined && a.dct) {
    y = a.dct.y + meaning.dctYear;
    anchor = "published";
  } else if (y === undefined && meaning.yearShift !== undefined && (a.ref || a.lastYear)) {
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
    // A movable feast is placed by its day in the publication year.
    const near = meaning.feast && a.dct ? feastDay(meaning.feast, a.dct.y) : null;
    const inferred = inferYear(near?.m ?? m, near?.d ?? d, a);
    if (!inferred) {
      const value = d !== undefined ? `XXXX-${pad(m)}-${pad(d)}` : `XXXX-${pad(m)}`;
      return { ...withPart(value, meaning.part), anchor: "none", unanchored: true };
    }
    y = inferred.y;
    anchor = inferred.anchor;
  }
  const value = meaning.feast
    ? formatDay(feastDay(meaning.feast, y))
    : d !== undefined && meaning.week
      ? formatWeek({ y, m, d })
      : d !== undefined
        ? formatDay({ y, m, d })
        : formatMonth(y, m);
  return { ...withPart(value, meaning.part), anchor };
}

/** The day of a movable feast in year `y`. */
function feastDay(feast: Feast, y: number): Ymd {
  if ("easter" in feast) return addDays(easterSunday(y), feast.easter);
  // Thanksgiving: the fourth Thursday of November; Election Day: the Tuesday after the first Monday.
  return feast.k === "thanksgiving" ? nthWeekday(y, 11, 4, 4) : addDays(nthWeekday(y, 11, 1, 1), 1);
}

/** Words before a weekday that look ahead to it ("ahead of Tuesday's primary", "until Monday"). */
const SCHEDULE_BEFORE =
  /\b(?:before|ahead\s+of|prior\s+to|up\s+to|until|till|look(?:s|ing)?\s+ahead\s+to)\s+(?:\S+\s+){0,6}$/i;

/** Scheduled events and schedule verbs near a weekday in a present clause ("holds its primary on Tuesday"). */
const SCHEDULE_NEAR =
  /\b(?:primary|primaries|caucus(?:es)?|contests|vote|votes|polls|election|elections|meeting|meets|meet|summit|service|hearing|test|match|game|final|race|holds?|convenes?|opens?|begins?|starts?|resumes?|plays?|faces?|visits?|arrives?|returns?|leaves?|departs?|travels?|is\s+planned|are\s+planned)\b/i;

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
  // News reports what happened in the past tense; a weekday in a future clause is a scheduled one, and so is
  // one in a present clause that names a schedule ("Voters go to the polls on Sunday", "ahead of Tuesday's
  // primary"), unless it follows "since". Other present clauses mostly look back ("Despite defeats on Tuesday
  // night, he remains…").
  else if (
    a.narrative ||
    (!/since\s+$/.test(a.before) &&
      (a.tense === "future" ||
        (a.tense === "present" &&
          (a.verbless ||
            SCHEDULE_BEFORE.test(a.lead) ||
            SCHEDULE_NEAR.test(`${a.lead.slice(-60)} ${a.after}`)))))
  )
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
  // In news, "a year earlier" after a quarter or a month names that quarter or month a year before
  // ("profit fell in the fourth quarter from a year earlier" → the fourth quarter of the year before). Looking
  // forward ("acquitted the following year") is no comparison: that is the year.
  const period = parsePeriod(a.lastPeriod);
  if (base === "ref" && !a.narrative && unit === "year" && offset < 0 && period && period.unit !== "Y")
    return { type: "DATE", value: formatPeriod({ ...period, y: period.y + offset }), anchor };
  const value = shiftPoint(point, unit, offset);
  return { ...withPart(value, part && /^\d{4}-\d{2}-\d{2}$/.test(value) ? part : undefined), anchor };
}

/** A year, quarter, half or month as [year, unit, index]: "2015-Q4" → [2015, "Q", 4]. */
function parsePeriod(value: string | null): { y: number; unit: "Y" | "Q" | "H" | "M"; i: number } | null {
  const match = value ? /^(\d{4})(?:-(?:(Q|H)(\d)|(\d{2})))?$/.exec(value) : null;
  if (!match) return null;
  const y = Number(match[1]);
  if (match[2]) return { y, unit: match[2] as "Q" | "H", i: Number(match[3]) };
  if (match[4]) return { y, unit: "M", i: Number(match[4]) };
  return { y, unit: "Y", i: 0 };
}

function formatPeriod(p: { y: number; unit: "Y" | "Q" | "H" | "M"; i: number }): string {
  if (p.unit === "Y") return formatYear(p.y);
  if (p.unit === "M") return formatMonth(p.y, p.i);
  return `${formatYear(p.y)}-${p.unit}${p.i}`;
}

/**
 * "the latest quarter", "the previous quarter", "the year-earlier period", "the full year": counted from the
 * last period the text named, else from publication (the last quarter completed before it).
 */
function resolvePeriod(rel: PeriodRel, a: Anchors): Resolved {
  const last = parsePeriod(a.lastPeriod);
  if (rel === "new-year") {
    // Written in the second half of a year, the one about to begin; early in a year, the one just begun.
    if (!a.dct) return { type: "DATE", value: "XXXX", anchor: "none", unanchored: true };
    return { type: "DATE", value: formatYear(a.dct.y + (a.dct.m >= 7 ? 1 : 0)), anchor: "published" };
  }
  if (rel === "month") {
    if (last?.unit === "M") return { type: "DATE", value: formatPeriod(last), anchor: "narrative" };
    if (!a.dct) return { type: "DATE", value: "XXXX-XX", anchor: "none", unanchored: true };
    return { type: "DATE", value: formatMonth(a.dct.y, a.dct.m), anchor: "published" };
  }
  if (rel === "year-earlier") {
    if (last) return { type: "DATE", value: formatPeriod({ ...last, y: last.y - 1 }), anchor: "narrative" };
    if (!a.dct) return { type: "DATE", value: "PAST_REF", anchor: "none", unanchored: true };
    return { type: "DATE", value: formatYear(a.dct.y - 1), anchor: "published" };
  }
  if (rel === "full-year") {
    if (last) return { type: "DATE", value: formatYear(last.y), anchor: "narrative" };
    if (!a.dct) return { type: "DATE", value: "XXXX", anchor: "none", unanchored: true };
    return { type: "DATE", value: formatYear(a.dct.y), anchor: "published" };
  }
  // A quarter: the one named (or holding the month named), or the last one completed before publication.
  let quarter: number | null = null;
  let anchor: Resolved["anchor"] = "narrative";
  if (last?.unit === "Q") quarter = last.y * 4 + last.i - 1;
  else if (last?.unit === "M") quarter = last.y * 4 + Math.floor((last.i - 1) / 3);
  else if (a.dct) {
    quarter = a.dct.y * 4 + Math.floor((a.dct.m - 1) / 3) - (rel === "same" ? 1 : 0);
    anchor = "published";
  }
  if (quarter === null) return { type: "DATE", value: "XXXX-QX", anchor: "none", unanchored: true };
  if (rel === "previous") quarter -= 1;
  return { type: "DATE", value: `${formatYear(Math.floor(quarter / 4))}-Q${(quarter % 4) + 1}`, anchor };
}
