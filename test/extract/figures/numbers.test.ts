import { describe, expect, it } from "vitest";
import { figuresStage } from "../../../src/extract/figures/stage.ts";
import { figuresOf } from "./fixtures.ts";

/** The single figure of a sentence, as [span text, value, valueMax, unit, qualifier]. */
function one(text: string): [string, number, number | undefined, string, string | null] {
  const { figures } = figuresOf(text);
  expect(figures, text).toHaveLength(1);
  const f = figures[0];
  if (!f) throw new Error("no figure");
  return [text.slice(f.start, f.end), f.value, f.valueMax, f.unit, f.qualifier];
}

describe("number phrases", () => {
  it.each([
    [
      "Over 1.041 million people were registered.",
      "Over 1.041 million",
      1041000,
      undefined,
      "people",
      "over",
    ],
    ["Officials counted 315 thousand returnees.", "315 thousand", 315000, undefined, "people", null],
    ["Two-thirds of the wells are dry.", "Two-thirds", 0.6667, undefined, "fraction", null],
    ["Donors gave $1.5bn last week.", "$1.5bn", 1.5e9, undefined, "USD", null],
    ["The plan costs 600 million dollars.", "600 million dollars", 6e8, undefined, "USD", null],
    ["A dozen villages were cut off.", "A dozen", 12, undefined, "count", null],
    ["Between 2,000 and 3,000 people fled.", "Between 2,000 and 3,000", 2000, 3000, "people", null],
    ["Prices rose by almost 85% in the capital.", "almost 85%", 85, undefined, "percent", "nearly"],
    ["Floods cut power to roughly 1.2m homes.", "roughly 1.2m", 1.2e6, undefined, "count", "about"],
    ["The fund received €3 million from donors.", "€3 million", 3e6, undefined, "EUR", null],
    ["Clinics treated fewer than 90 patients.", "fewer than 90", 90, undefined, "people", "under"],
    ["Some 5,000 gourdes were paid to each family.", "Some 5,000 gourdes", 5000, undefined, "HTG", "about"],
    ["Dozens of houses were flattened.", "Dozens", 24, undefined, "count", "at least"],
  ])("%s", (text, span, value, valueMax, unit, qualifier) => {
    const [s, v, max, u, q] = one(text);
    expect(s).toBe(span);
    expect(v).toBeCloseTo(value, 3);
    expect(max).toBe(valueMax);
    expect(u).toBe(unit);
    expect(q).toBe(qualifier);
  });
});

describe("not figures", () => {
  it.each([
    "The law took effect in 2019.",
    "Talks resume on 21 October in the capital.",
    "On July 7, 2021, the president was killed.",
    "It was the first attack on the camp and the 21st this year.",
    "The convoy left at 10:30 and arrived at 4 p.m.",
    "Under Article 5 and Resolution 2699, the mission may act.",
    "Item No. 12 was adopted by the council.",
    "The G7 met as COVID-19 spread and M23 advanced.",
    "A 12-year-old girl was rescued after 90 hours.",
    "Call the hotline on +41 22 917 1234 for help.",
    "The report is online at https://example.org/2024/report-5.pdf today.",
    "Phase 3 of the plan lasts six months.",
    "The two sides met again.",
  ])("%s", (text) => {
    expect(figuresOf(text).figures.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});

describe("what, source and period", () => {
  it("gives each coordinated number its own what, and the period to its own clause", () => {
    const text =
      "According to the health ministry, more than 2,000 people have been injured and 340 were killed in March alone.";
    const { figures } = figuresOf(text);
    expect(figures.map((f) => f.what)).toEqual(["people injured", "people killed"]);
    expect(figures.map((f) => f.period && text.slice(f.period.start, f.period.end))).toEqual([
      null,
      "in March alone",
    ]);
    expect(figures.map((f) => f.sourceSpan && text.slice(f.sourceSpan.start, f.sourceSpan.end))).toEqual([
      "health ministry",
      "health ministry",
    ]);
    expect(figures.map((f) => f.hxl)).toEqual(["#affected+injured", "#affected+killed"]);
  });

  it("attributes through an entity mention when an entities layer exists", () => {
    const text = "Floods displaced 40,000 people in Tindra, the Relief Agency said.";
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const entities = [
      {
        id: "e1",
        type: "ORG" as const,
        name: "Relief Agency",
        aliases: [],
        mentions: [{ ...at("Relief Agency"), type: "ORG" as const, via: "rule" as const }],
      },
      {
        id: "e2",
        type: "GPE" as const,
        name: "Tindra",
        aliases: [],
        mentions: [{ ...at("Tindra"), type: "GPE" as const, via: "rule" as const }],
      },
    ];
    const [f] = figuresOf(text, entities).figures;
    expect(f).toMatchObject({ source: "e1", place: "e2", what: "people displaced", hxl: "#affected+idps" });
  });

  it("is a stage that declares its layers", () => {
    expect(figuresStage).toMatchObject({
      name: "figures",
      requires: ["tokens", "sentences"],
      assigns: ["figures"],
    });
  });
});
