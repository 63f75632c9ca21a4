import { describe, expect, it } from "vitest";
import { isNumericLine } from "../../../src/extract/ner/features.ts";
import { Gazetteer, gazBit } from "../../../src/extract/ner/gazetteer.ts";
import { isCapsLine, isTitleCaseLine } from "../../../src/extract/ner/headline.ts";
import { NUM_LABELS } from "../../../src/extract/ner/labels.ts";
import { decodeModel, encodeModel } from "../../../src/extract/ner/model-file.ts";
import { lowerKey, normForm, shortShape, wordShape } from "../../../src/extract/ner/normalize.ts";

describe("form normalisation", () => {
  it("maps curly quotes and dashes to the training corpus's ASCII forms", () => {
    expect(normForm("’s")).toBe("'s");
    expect(normForm("“Hello”")).toBe('"Hello"');
    expect(normForm("Port–Town")).toBe("Port-Town");
    expect(lowerKey("Route-66")).toBe("route-00");
    expect(wordShape("Xavi-2")).toBe("Xxxx-d");
    expect(shortShape("McAdam")).toBe("XxXx");
  });
});

describe("gazetteer", () => {
  const g = new Gazetteer();
  g.add(["New", "Carthage"], gazBit("city"));
  g.add(["Carthage"], gazBit("city") | gazBit("firstname"));
  const words = (forms: string[]) => forms.map((f) => ({ lower: f.toLowerCase(), cap: /^[A-Z]/.test(f) }));

  it("prefers the longest name and marks its parts", () => {
    const m = g.match(words(["in", "New", "Carthage", "today"]));
    expect(m.map((x) => x?.part ?? null)).toEqual([null, 0, 2, null]);
    expect(m[1]?.mask).toBe(gazBit("city"));
  });

  it("matches only capitalised words", () => {
    expect(g.match(words(["carthage"]))).toEqual([null]);
    expect(g.lookup("Carthage")).toBe(gazBit("city") | gazBit("firstname"));
  });

  it("survives serialisation", () => {
    expect(Gazetteer.parse(g.serialize()).lookup("New Carthage")).toBe(gazBit("city"));
  });
});

describe("headline lines", () => {
  const common = new Set(["heavy", "rains", "trigger", "floods", "police"]);
  it("recognises title case and all capitals", () => {
    expect(isTitleCaseLine("Heavy Rains Trigger Floods in the North".split(" "), common)).toBe(true);
    expect(isTitleCaseLine("Heavy rains trigger floods".split(" "), common)).toBe(false);
    expect(isCapsLine("FLOODS HIT THE NORTH".split(" "))).toBe(true);
    expect(isCapsLine("UN says".split(" "))).toBe(false);
  });
});

describe("results lines", () => {
  const line = (text: string) => text.split(" ").map((f) => ({ digit: /[0-9]/.test(f) }));
  it("recognises score lines and table rows, not prose with a number", () => {
    expect(isNumericLine(line("Northton 2 Southby 1"))).toBe(true);
    expect(isNumericLine(line("Rivertown 14 9 3 2 30"))).toBe(true);
    expect(isNumericLine(line("The river rose 2 metres overnight , officials in the valley said"))).toBe(
      false,
    );
    expect(isNumericLine(line("Floods hit 12 villages and 3 towns in the north of the region today"))).toBe(
      false,
    );
  });
});

describe("model file", () => {
  it("round-trips weights and resources", () => {
    const weights = Float32Array.from({ length: 2 * NUM_LABELS }, (_, i) => (i % 5) - 2);
    const model = {
      hashBits: 10,
      numLabels: NUM_LABELS,
      buckets: Uint32Array.of(3, 700),
      weights,
      dense: new Float32Array(2 * NUM_LABELS),
      resources: {
        clusters: new Map([["river", 42]]),
        gazetteer: new Gazetteer(),
        lowerWords: new Set(["river"]),
        vectors: {
          dim: 2,
          scale: 0.5,
          words: ["river"],
          data: Int8Array.of(1, -2),
          index: new Map([["river", 0]]),
        },
      },
      info: { seed: 1 },
    };
    const back = decodeModel(encodeModel(model));
    expect([...back.buckets]).toEqual([3, 700]);
    back.weights.forEach((w, i) => {
      expect(w).toBeCloseTo(weights[i] as number, 3);
    });
    expect(back.resources.clusters.get("river")).toBe(42);
    expect([...back.resources.vectors.data]).toEqual([1, -2]);
    expect(back.info).toEqual({ seed: 1 });
  });
});
