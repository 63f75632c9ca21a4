import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

describe("durations", () => {
  it("reads counts in digits and in words", () => {
    const text = "The mission lasted for two months, then 12 months, then twenty-five days and 48 hours.";
    expect(found(text)).toEqual([
      { text: "two months", type: "DURATION", value: "P2M" },
      { text: "12 months", type: "DURATION", value: "P12M" },
      { text: "twenty-five days", type: "DURATION", value: "P25D" },
      { text: "48 hours", type: "DURATION", value: "PT48H" },
    ]);
  });

  it("includes 'the past'/'the next' and modifiers in the extent", () => {
    const text =
      "Over the past three years, more than a decade of work and about six weeks of talks changed little.";
    expect(found(text)).toEqual([
      { text: "the past three years", type: "DURATION", value: "P3Y" },
      { text: "more than a decade", type: "DURATION", value: "P10Y", mod: "MORE_THAN" },
      { text: "about six weeks", type: "DURATION", value: "P6W", mod: "APPROX" },
    ]);
  });

  it("writes vague plurals with X and halves in a smaller unit", () => {
    const text = "Residents waited for years; in recent months, a year and a half passed, then half an hour.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["years", "PXY"],
      ["recent months", "PXM"],
      ["a year and a half", "P18M"],
      ["half an hour", "PT30M"],
    ]);
  });

  it("does not read ordinals or fractions as durations", () => {
    expect(found("A second convoy took three quarters of the food.")).toEqual([]);
  });
});

describe("sets", () => {
  it("reads every/each, frequency adverbs and 'per'", () => {
    const text =
      "Trucks leave every week, meetings run each Monday, reports come daily and fees are paid twice a year, $40 per month.";
    expect(found(text)).toEqual([
      { text: "every week", type: "SET", value: "P1W" },
      { text: "each Monday", type: "SET", value: "XXXX-WXX-1" },
      { text: "daily", type: "SET", value: "P1D" },
      { text: "twice a year", type: "SET", value: "P1Y" },
      { text: "per month", type: "SET", value: "P1M" },
    ]);
  });
});

describe("times of day", () => {
  it("anchors clock times on the publication day or the weekday given", () => {
    const text =
      "The blast came at 3 p.m. Friday. The curfew starts at 10:30 p.m. and the briefing was at noon.";
    expect(found(text, "2025-02-26")).toEqual([
      { text: "3 p.m. Friday", type: "TIME", value: "2025-02-21T15:00" },
      { text: "10:30 p.m.", type: "TIME", value: "2025-02-26T22:30" },
      { text: "noon", type: "TIME", value: "2025-02-26T12:00" },
    ]);
  });

  it("reads parts of the day on a date", () => {
    expect(found("Shelling began on the night of 4 March 2022.")).toEqual([
      { text: "the night of 4 March 2022", type: "TIME", value: "2022-03-04TNI" },
    ]);
  });
});

describe("references to the present, past and future", () => {
  it("uses PRESENT_REF, PAST_REF and FUTURE_REF", () => {
    const text =
      "The camp is now full; it was recently expanded, as in the past, and may close in the future.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["now", "PRESENT_REF"],
      ["recently", "PAST_REF"],
      ["the past", "PAST_REF"],
      ["the future", "FUTURE_REF"],
    ]);
  });
});
