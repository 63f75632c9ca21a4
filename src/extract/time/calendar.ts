/**
 * UTC-only calendar arithmetic for normalising time expressions. Every function takes explicit
 * dates: nothing here reads the clock.
 */

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) for a calendar day. */
export function dayNumber(p: Ymd): number {
  return Math.round(Date.UTC(p.y, p.m - 1, p.d) / DAY_MS);
}

/** The calendar day for a day number. */
export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The day `n` days after `p` (negative: before). */
export function addDays(p: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(p) + n);
}

/** The month `n` months after year `y` month `m`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(p: Ymd): number {
  const js = new Date(dayNumber(p) * DAY_MS).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO 8601 week-numbering year and week of a day (the week belongs to the year of its Thursday). */
export function isoWeek(p: Ymd): { year: number; week: number } {
  const thursday = addDays(p, 4 - isoWeekday(p));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** True when the day exists (rejects 31 June, 29 February in common years). */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const back = fromDayNumber(dayNumber({ y, m, d }));
  return back.m === m && back.d === d;
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** TimeML year: four digits ("0800"), "BC" prefix before year 1 as TIMEX2 corpora write it. */
export function formatYear(y: number): string {
  return y > 0 ? pad(y, 4) : `BC${pad(1 - y, 4)}`;
}

/** TimeML day value: 2025-02-23. */
export function formatDay(p: Ymd): string {
  return `${formatYear(p.y)}-${pad(p.m)}-${pad(p.d)}`;
}

/** TimeML month value: 2024-06. */
export function formatMonth(y: number, m: number): string {
  return `${formatYear(y)}-${pad(m)}`;
}

/** TimeML ISO week value: 2025-W09. */
export function formatWeek(p: Ymd): string {
  const w = isoWeek(p);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

/** Parses a YYYY-MM-DD date (or the date part of a longer ISO timestamp); null when malformed. */
export function parseYmd(value: string | null | undefined): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(y, m, d) ? { y, m, d } : null;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th weekday (ISO 1–7) of a month, counting from 1. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  const first = isoWeekday({ y, m, d: 1 });
  return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
}
