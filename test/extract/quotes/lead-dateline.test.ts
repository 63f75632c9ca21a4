import { describe, expect, it } from "vitest";
import { quotesStage } from "../../../src/extract/quotes/stage.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";

describe("reported speech after a dateline", () => {
  it("starts the content after the dateline and its agency", () => {
    const text = "VELMORA, Ostland (Kesk Wire) — The dam gave way before dawn, rescue workers said.";
    const doc = new Pipeline([tokensStage, sentencesStage, quotesStage]).process("d", text);
    expect(doc.get("quotes").map((q) => text.slice(q.start, q.end))).toEqual([
      "The dam gave way before dawn",
    ]);
  });
});
