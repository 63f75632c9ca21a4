import { describe, expect, it } from "vitest";
import {
  allowed,
  bilouToSpans,
  canEnd,
  iobToSpans,
  spansToBilou,
  spansToIob2,
  type TokenSpan,
} from "../../../src/extract/ner/labels.ts";
import { scoreTags } from "../../../src/extract/ner/score.ts";

describe("BILOU and IOB conversions", () => {
  const spans: TokenSpan[] = [
    { start: 0, end: 2, type: "PER" },
    { start: 3, end: 4, type: "LOC" },
    { start: 5, end: 8, type: "ORG" },
  ];

  it("round-trips spans through BILOU and IOB2", () => {
    expect(bilouToSpans(spansToBilou(spans, 9))).toEqual(spans);
    const iob = spansToIob2(spans, 9);
    expect(iob).toEqual(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
    expect(iobToSpans(iob)).toEqual(spans);
  });

  it("reads IOB1 chunks as conlleval does", () => {
    expect(iobToSpans(["I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC"])).toEqual([
      { start: 0, end: 2, type: "ORG" },
      { start: 3, end: 4, type: "PER" },
      { start: 4, end: 5, type: "PER" },
      { start: 5, end: 6, type: "LOC" },
    ]);
  });

  it("forbids transitions that would leave an entity open", () => {
    const bPer = 1;
    const iPer = 2;
    const lPer = 3;
    const bOrg = 5;
    expect(allowed(-1, iPer)).toBe(false);
    expect(allowed(bPer, iPer)).toBe(true);
    expect(allowed(bPer, bOrg)).toBe(false);
    expect(allowed(lPer, bOrg)).toBe(true);
    expect(canEnd(bPer)).toBe(false);
    expect(canEnd(lPer)).toBe(true);
  });
});

describe("entity-level scoring", () => {
  it("counts only exact span and type matches", () => {
    const gold = [
      ["B-PER", "I-PER", "O", "B-LOC"],
      ["B-ORG", "O"],
    ];
    const predicted = [
      ["B-PER", "O", "O", "B-LOC"],
      ["B-LOC", "O"],
    ];
    const s = scoreTags(gold, predicted);
    expect(s.overall.tp).toBe(1);
    expect(s.overall.fp).toBe(2);
    expect(s.overall.fn).toBe(2);
    expect(s.byType.LOC?.precision).toBe(50);
    expect(s.overall.f1).toBeCloseTo(100 / 3, 5);
  });
});
