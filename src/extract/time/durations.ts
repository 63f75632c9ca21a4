import type { Unit } from "./lexicon.ts";

/** TimeML duration values: counts of units as ISO 8601 periods. */

/** ISO 8601 duration letter per unit; decades and centuries are written in years (TimeBank usage). */
export const DURATION_CODE: Readonly<Record<Unit, { letter: string; factor: number; time: boolean }>> = {
  second: { letter: "S", factor: 1, time: true },
  minute: { letter: "M", factor: 1, time: true },
  hour: { letter: "H", factor: 1, time: true },
  day: { letter: "D", factor: 1, time: false },
  week: { letter: "W", factor: 1, time: false },
  weekend: { letter: "WE", factor: 1, time: false },
  month: { letter: "M", factor: 1, time: false },
  quarter: { letter: "M", factor: 3, time: false },
  year: { letter: "Y", factor: 1, time: false },
  decade: { letter: "Y", factor: 10, time: false },
  century: { letter: "Y", factor: 100, time: false },
};

/** Vague plural durations ("years", "decades"): the TimeML value with an unknown count. */
export const VAGUE_DURATION: Readonly<Record<Unit, string>> = {
  second: "PTXS",
  minute: "PTXM",
  hour: "PTXH",
  day: "PXD",
  week: "PXW",
  weekend: "PXWE",
  month: "PXM",
  quarter: "PXQ",
  year: "PXY",
  decade: "PXDE",
  century: "PXCE",
};

/** TimeML duration value for a count of units: 3 years → P3Y, 2 hours → PT2H; with `halves`, "a year and a half" → P18M. */
export function durationValue(n: number | "X", unit: Unit, halves = false): string {
  if (n === "X") return VAGUE_DURATION[unit];
  if (halves && !Number.isInteger(n) && Number.isInteger(n * 2)) {
    if (unit === "year") return durationValue(Math.round(n * 12), "month");
    if (unit === "day") return durationValue(Math.round(n * 24), "hour");
    if (unit === "hour") return durationValue(Math.round(n * 60), "minute");
  }
  const code = DURATION_CODE[unit];
  return `P${code.time ? "T" : ""}${n * code.factor}${code.letter}`;
}
