import { describe, expect, it } from "vitest";
import { nerStage } from "../../../src/extract/ner/stage.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import type { Mention } from "../../../src/model/layers.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";

// Texts written by us: fictional people and organisations, real places.
const pipeline = new Pipeline([tokensStage, sentencesStage, nerStage]);

function mentionsOf(text: string): { doc: ReturnType<Pipeline["process"]>; found: [string, string][] } {
  const doc = pipeline.process("t", text);
  const found = doc.get("mentions").map((m: Mention): [string, string] => [doc.slice(m), m.type]);
  return { doc, found };
}

describe("nerStage", () => {
  it("finds people, organisations, places and nationalities with sitrep types", () => {
    const text =
      "LUSAKA, March 3 (Reuters) - The Kestrel Relief Alliance said on Tuesday that its director, " +
      "Tomas Brennagh, had flown to Lusaka to meet Zambian officials. Brennagh told reporters that " +
      "convoys would cross the Luangwa Valley and reach Ndola before the rains.";
    const { doc, found } = mentionsOf(text);
    expect(validateDoc(doc)).toEqual([]);
    expect(found).toContainEqual(["Kestrel Relief Alliance", "ORG"]);
    expect(found).toContainEqual(["Tomas Brennagh", "PERSON"]);
    expect(found).toContainEqual(["Brennagh", "PERSON"]);
    expect(found).toContainEqual(["Lusaka", "GPE"]);
    expect(found).toContainEqual(["Zambian", "NORP"]);
    expect(found).toContainEqual(["Luangwa Valley", "LOC"]);
    expect(found).toContainEqual(["Reuters", "ORG"]);
    expect(found).toContainEqual(["Ndola", "GPE"]);
  });

  it("reads curly apostrophes like straight ones and keeps the possessive out of the span", () => {
    const text = "Officials said Ghana’s health minister, Adwoa Mensibo, met “Mercy Without Borders” staff.";
    const { doc, found } = mentionsOf(text);
    expect(validateDoc(doc)).toEqual([]);
    expect(found).toContainEqual(["Ghana", "GPE"]);
    expect(found).toContainEqual(["Adwoa Mensibo", "PERSON"]);
    for (const [span] of found) expect(span).not.toMatch(/[’“”]/);
  });

  it("does not turn title-case headlines or URLs into entities", () => {
    const text =
      "Heavy Rains Trigger Deadly Floods Across Northern Districts\n\n" +
      "Read more at https://example.org/News/Flood-Report-Update\n\n" +
      "Rescue teams from the Corlane Foundation reached the villages on Sunday.";
    const { doc, found } = mentionsOf(text);
    expect(validateDoc(doc)).toEqual([]);
    const headlineEnd = text.indexOf("\n");
    const urlStart = text.indexOf("https");
    const urlEnd = text.indexOf("\n", urlStart);
    for (const m of doc.get("mentions")) {
      expect(m.start >= headlineEnd, `headline mention ${doc.slice(m)}`).toBe(true);
      expect(m.end <= urlStart || m.start >= urlEnd, `URL mention ${doc.slice(m)}`).toBe(true);
    }
    expect(found).toContainEqual(["Corlane Foundation", "ORG"]);
  });

  it("keeps headline names that the gazetteer or the body vouches for", () => {
    const text =
      "Ghanaian Police Arrive In Chad As Gang Violence Spreads\n\nThe first officers landed on Tuesday.";
    const { found } = mentionsOf(text);
    expect(found).toEqual([
      ["Ghanaian", "NORP"],
      ["Chad", "GPE"],
    ]);
  });

  it("declares its layers", () => {
    expect(nerStage.requires).toEqual(["tokens", "sentences"]);
    expect(nerStage.assigns).toEqual(["mentions"]);
  });
});
