import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatWeek,
  isoWeekday,
  isValidDay,
  parseYmd,
} from "../../../src/extract/time/calendar.ts";
import { parseCount } from "../../../src/extract/time/numbers.ts";

describe("calendar arithmetic (UTC)", () => {
  it("numbers ISO weeks across year ends", () => {
    expect(formatWeek({ y: 2025, m: 2, d: 26 })).toBe("2025-W09");
    expect(formatWeek({ y: 2024, m: 12, d: 30 })).toBe("2025-W01");
    expect(formatWeek({ y: 2021, m: 1, d: 3 })).toBe("2020-W53");
  });

  it("adds days and months over month and year ends", () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 2)).toEqual({ y: 2024, m: 3, d: 1 });
    expect(addMonths(2025, 1, -2)).toEqual({ y: 2024, m: 11 });
    expect(isoWeekday({ y: 2025, m: 2, d: 23 })).toBe(7);
  });

  it("rejects impossible days and malformed dates", () => {
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(parseYmd("2025-13-01")).toBeNull();
    expect(parseYmd("2025-02-26")).toEqual({ y: 2025, m: 2, d: 26 });
  });
});

describe("numbers in words", () => {
  it("reads digits, words, compounds and vague counts", () => {
    expect(parseCount("12")).toBe(12);
    expect(parseCount("twenty-five")).toBe(25);
    expect(parseCount("a")).toBe(1);
    expect(parseCount("several")).toBe("X");
    expect(parseCount("banana")).toBeNull();
  });
});
