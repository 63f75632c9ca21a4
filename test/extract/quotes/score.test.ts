import { describe, expect, it } from "vitest";
import {
  emptyTally,
  matchQuotes,
  scoreDoc,
  speakerMatches,
  summarize,
} from "../../../src/extract/quotes/eval/score.ts";

const gold = (start: number, end: number, reference: string | null = null) => ({
  parts: [{ start, end }],
  speakerSpans: [],
  reference,
});
const pred = (start: number, end: number, speaker: { start: number; end: number } | null = null) => ({
  span: { start, end },
  speakerSpan: speaker,
  speakerNames: [],
});

describe("Gender Gap Tracker scoring protocol", () => {
  it("matches a prediction covering at least 30% of the gold quote", () => {
    expect(matchQuotes([gold(0, 100)], [pred(0, 30)], 0.3, "gold")).toEqual([[0, 0]]);
    expect(matchQuotes([gold(0, 100)], [pred(0, 29)], 0.3, "gold")).toEqual([]);
  });

  it("requires 80% both ways in the strict mode", () => {
    expect(matchQuotes([gold(0, 100)], [pred(0, 85)], 0.8, "both")).toEqual([[0, 0]]);
    expect(matchQuotes([gold(0, 100)], [pred(0, 200)], 0.8, "both")).toEqual([]);
  });

  it("uses each prediction once", () => {
    expect(matchQuotes([gold(0, 50), gold(0, 50)], [pred(0, 50)], 0.3, "gold")).toHaveLength(1);
  });

  it("accepts a speaker by surname, ignoring accents", () => {
    const text = "Nuñez said it.";
    expect(speakerMatches(gold(0, 5, "Ramón Nunez"), text, pred(0, 5, { start: 0, end: 8 }))).toBe(true);
    expect(speakerMatches(gold(0, 5, "Ana Reyes"), text, pred(0, 5, { start: 0, end: 8 }))).toBe(false);
  });

  it("computes precision, recall, F1 and speaker accuracy", () => {
    const t = emptyTally();
    const text = "Reyes said it. Ito said no.";
    scoreDoc(
      t,
      text,
      [gold(0, 14, "Ana Reyes"), gold(15, 27, "Ken Ito")],
      [pred(0, 14, { start: 0, end: 5 })],
      0.3,
      "gold",
    );
    const s = summarize(t);
    expect([s.P, s.R, s.speakerAcc]).toEqual([100, 50, 100]);
    expect(s.F1).toBeCloseTo(66.67, 1);
  });
});
