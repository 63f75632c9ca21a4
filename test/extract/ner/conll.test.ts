import { describe, expect, it } from "vitest";
import { tagConll } from "../../../src/extract/ner/conll.ts";

// Written by us: fictional people and organisations, real places.
const SNIPPET = [
  "-DOCSTART- -X- -X- O",
  "",
  "Marta NNP B-NP B-PER",
  "Olvenko NNP I-NP I-PER",
  ", , O O",
  "a DT B-NP O",
  "spokeswoman NN I-NP O",
  "for IN B-PP O",
  "the DT B-NP O",
  "Halvard NNP I-NP B-ORG",
  "Mining NNP I-NP I-ORG",
  "Corporation NNP I-NP I-ORG",
  ", , O O",
  "said VBD B-VP O",
  "in IN B-PP O",
  "Berlin NNP B-NP B-LOC",
  "on IN B-PP O",
  "Monday NNP B-NP O",
  ". . O O",
  "",
].join("\n");

const tagsOf = (output: string): string[] =>
  output
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("-DOCSTART-"))
    .map((l) => l.split(" ").at(-1) ?? "");

describe("tagConll with the committed model", () => {
  const output = tagConll(SNIPPET);

  it("repeats every line and appends one IOB2 column to token lines", () => {
    const inLines = SNIPPET.split("\n").slice(0, -1);
    const outLines = output.split("\n").slice(0, -1);
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const source = inLines[i] ?? "";
      if (source === "" || source.startsWith("-DOCSTART-")) expect(line).toBe(source);
      else
        expect(line).toMatch(
          new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} (O|[BI]-(PER|ORG|LOC|MISC))$`),
        );
    });
  });

  it("finds the person, the organisation and the city", () => {
    const tags = tagsOf(output);
    expect(tags.slice(0, 2)).toEqual(["B-PER", "I-PER"]);
    expect(tags.slice(7, 10)).toEqual(["B-ORG", "I-ORG", "I-ORG"]);
    expect(tags[13]).toBe("B-LOC");
    expect(tags[2]).toBe("O");
    expect(tags[15]).toBe("O");
  });

  it("never reads the gold column", () => {
    const scrambled = SNIPPET.replace(/ (B|I)-(PER|ORG|LOC|MISC)$/gm, " O").replace(/ O$/gm, " B-PER");
    expect(tagsOf(tagConll(scrambled))).toEqual(tagsOf(output));
  });
});
