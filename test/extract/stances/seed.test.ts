import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stancesStage } from "../../../src/extract/stances/stage.ts";
import type { StanceRecord } from "../../../src/extract/stances/types.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { DEFAULT_STAGES } from "../../../src/pipeline/default.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";
import { HAS_SHARED, SEED_TEXT } from "../../helpers/shared.ts";

// The seed article is read from ../shared at run time; its names live only here and in the eval script.
describe.skipIf(!HAS_SHARED)("stances on the seed article", () => {
  const stages = DEFAULT_STAGES.some((s) => s.name === "stances")
    ? DEFAULT_STAGES
    : [...DEFAULT_STAGES, stancesStage];
  const doc = new Pipeline(stages).process("seed", readFileSync(SEED_TEXT, "utf8"), {
    published: "2025-02-26",
  });
  const stances = doc.get("stances") as StanceRecord[];
  const held = (name: string) => stances.filter((s) => (s.holderName ?? "").includes(name));

  it("finds the issue's positions with valid spans", () => {
    expect(validateDoc(doc)).toEqual([]);
    const uno = held("Human Rights Watch").find((s) => s.polarity === "support")?.proposal;
    expect(uno).toBeDefined();
    expect(held("Charbonneau").some((s) => s.proposal === uno && s.polarity === "support")).toBe(true);
    expect(held("Voltaire").some((s) => s.proposal === uno && s.polarity === "support")).toBe(true);
    const sg = held("Guterres");
    expect(sg.some((s) => s.proposal === uno && s.polarity === "conditional" && s.condition)).toBe(true);
    expect(sg.some((s) => s.proposal === uno && s.polarity === "oppose")).toBe(true);
    expect(sg.some((s) => s.proposal !== uno && s.polarity === "support")).toBe(true);
  });
});
