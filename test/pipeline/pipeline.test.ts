import { describe, expect, it } from "vitest";
import { sentencesStage } from "../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../src/extract/tokens/stage.ts";
import { Doc } from "../../src/model/doc.ts";
import { findBadSpans, validateDoc } from "../../src/model/validate.ts";
import { Pipeline, PipelineOrderError } from "../../src/pipeline/pipeline.ts";
import type { Stage } from "../../src/pipeline/stage.ts";

const flagger: Stage = {
  name: "flagger",
  version: "3",
  requires: ["sentences"],
  assigns: [],
  run: (doc) => ({
    layers: {},
    messages: doc
      .get("sentences")
      .map((s) => ({ start: s.start, end: s.end, rule: "test.sentence", message: "seen" })),
  }),
};

describe("Pipeline", () => {
  it("refuses a stage whose requirements no earlier stage assigns", () => {
    expect(() => new Pipeline([sentencesStage, tokensStage])).toThrow(PipelineOrderError);
    expect(() => new Pipeline([sentencesStage, tokensStage])).toThrow(/sentences@6 requires tokens/);
  });

  it("records stage@version per layer and on each message", () => {
    const doc = new Pipeline([tokensStage, sentencesStage, flagger]).process("d1", "One. Two.");
    expect(doc.provenance).toEqual({
      tokens: "tokens@2",
      paragraphs: "sentences@6",
      sentences: "sentences@6",
    });
    expect(doc.messages.map((m) => [doc.slice(m), m.source])).toEqual([
      ["One.", "flagger@3"],
      ["Two.", "flagger@3"],
    ]);
  });

  it("refuses a stage that adds a layer it did not declare", () => {
    const rogue: Stage = { ...flagger, requires: [], run: () => ({ layers: { quotes: [] } }) };
    expect(() => new Pipeline([rogue]).process("d", "x")).toThrow(/undeclared quotes/);
  });

  it("lists its stages' versions", () => {
    expect(new Pipeline([tokensStage, sentencesStage]).versions()).toEqual(["tokens@2", "sentences@6"]);
  });
});

describe("Doc", () => {
  it("is immutable: withLayers returns a new Doc and leaves the old one as it was", () => {
    const a = new Doc("d", "Some text.", { published: "2024-03-01" });
    const b = a.withLayers({ tokens: [{ start: 0, end: 4, kind: "word" }] }, "t@1");
    expect(a.has("tokens")).toBe(false);
    expect(b.has("tokens")).toBe(true);
    expect(b.meta.published).toBe("2024-03-01");
    expect(() => a.get("tokens")).toThrow(/has not been added/);
    expect(a.maybe("tokens")).toEqual([]);
    expect(Object.isFrozen(b.meta)).toBe(true);
  });
});

describe("span validation", () => {
  it("reports spans that do not slice the text, with their path", () => {
    const doc = new Doc("d", "abc").withLayers(
      {
        tokens: [
          { start: 0, end: 3, kind: "word" },
          { start: 2, end: 9, kind: "word" },
        ],
      },
      "t@1",
    );
    expect(validateDoc(doc)).toEqual([{ path: "tokens[1]", span: { start: 2, end: 9 } }]);
    expect(findBadSpans({ a: [{ start: 3, end: 1 }] }, 5)).toHaveLength(1);
  });
});
