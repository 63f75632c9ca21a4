import { describe, expect, it } from "vitest";
import { at, phraseOf, run } from "./build.ts";

describe("proposals: paraphrase grouping", () => {
  const text =
    "The Coastal Relief Alliance called on the Council of Nations to take over the Velmoran Stabilisation Force (VSF) mission. " +
    "Minister Irena Dobrak asked that the VSF be converted into a Council of Nations peacekeeping operation. " +
    "“Donors should support the governors’ request to transform the troubled VSF mission into a CN operation,” Tamsin Roe wrote. " +
    "The governor seems keen to keep the VSF in place while providing it with more funding. " +
    "The senate argued for sticking with the VSF but providing additional resources. " +
    "Kessel called for a ceasefire in the delta.";
  const { doc, proposals, stances } = run(text);
  const idOf = (phrase: string) => proposals.find((p) => doc.slice(p) === phrase)?.id;

  it("groups take over / convert into / transform into the same force", () => {
    const a = idOf("take over the Velmoran Stabilisation Force (VSF) mission");
    expect(a).toBeDefined();
    expect(idOf("the VSF be converted into a Council of Nations peacekeeping operation")).toBe(a);
    expect(idOf("transform the troubled VSF mission into a CN operation")).toBe(a);
  });

  it("keeps keep-and-fund apart from transform, and groups keep ≈ stick with", () => {
    const keep = idOf("keep the VSF in place while providing it with more funding");
    expect(keep).toBeDefined();
    expect(keep).not.toBe(idOf("take over the Velmoran Stabilisation Force (VSF) mission"));
    expect(idOf("sticking with the VSF but providing additional resources")).toBe(keep);
    expect(idOf("a ceasefire in the delta")).not.toBe(keep);
  });

  it("labels a group with its most specific member and gives every stance its group id", () => {
    const a = idOf("take over the Velmoran Stabilisation Force (VSF) mission");
    const labels = new Set(proposals.filter((p) => p.id === a).map((p) => p.label));
    expect(labels.size).toBe(1);
    expect([...labels][0]).toMatch(/^(?:transform|convert) VSF .*into/);
    const holders = stances.filter((s) => s.proposal === a).map((s) => s.holderName);
    expect(holders).toEqual(["Coastal Relief Alliance", "Minister Irena Dobrak", "Tamsin Roe", "governors"]);
  });

  it("keeps every span sliceable", () => {
    for (const s of stances) {
      expect(text.slice(s.proposalSpan.start, s.proposalSpan.end)).toBe(phraseOf(doc, s));
      expect(at(doc, s.cue)?.length).toBeGreaterThan(0);
      expect(text.slice(s.start, s.end).includes(at(doc, s.cue) ?? "\u0000")).toBe(true);
    }
  });
});
