import { describe, expect, it } from "vitest";
import { validateDoc } from "../../../src/model/validate.ts";
import { at, date, entity, phraseOf, run } from "./build.ts";

// Invented crisis: Velmora, its stabilisation force (VSF), the Council of Nations, fictional people.

describe("stances: request cues", () => {
  const text =
    "On Monday, the Coastal Relief Alliance (CRA) called on the Council of Nations to take over the Velmoran Stabilisation Force (VSF) mission in Velmora. " +
    "Minister Irena Dobrak urged donors to impose sanctions on the Kessel junta. " +
    "The Harbour Union called for a ceasefire in the northern provinces. " +
    "Dobrak proposed sending more engineers to the coast. " +
    "The Velmoran senate asked the council to recommend an arms embargo.";
  const cra = entity(text, "e1", "ORG", "Coastal Relief Alliance", ["Coastal Relief Alliance", "CRA"]);
  const dobrak = entity(text, "e2", "PERSON", "Irena Dobrak", ["Irena Dobrak", ["Dobrak", 1]]);
  const union = entity(text, "e3", "ORG", "Harbour Union", ["Harbour Union"]);
  const senate = entity(text, "e4", "ORG", "Velmoran senate", ["Velmoran senate"]);
  const { doc, stances } = run(text, {
    entities: [cra, dobrak, union, senate],
    times: [date(text, "Monday", "2031-03-03")],
  });

  it("reads call on X to VERB, with the subject as holder and the sentence's date", () => {
    const s = stances.find((x) => x.holder === "e1");
    expect(s?.polarity).toBe("support");
    expect(phraseOf(doc, s)).toBe("take over the Velmoran Stabilisation Force (VSF) mission in Velmora");
    expect(at(doc, s?.cue)).toBe("called on");
    expect(at(doc, s)).toBe(`${text.split(". ")[0]}.`);
    expect(s?.time).toBe(0);
    expect(s?.date).toBe("2031-03-03");
  });

  it("reads urge X to VERB, call for NOUN, propose VERB-ing and ask X to VERB", () => {
    const byCue = (cue: string) => stances.find((x) => at(doc, x.cue) === cue);
    expect(phraseOf(doc, byCue("urged"))).toBe("impose sanctions on the Kessel junta");
    expect(byCue("urged")?.holder).toBe("e2");
    expect(phraseOf(doc, byCue("called for"))).toBe("a ceasefire in the northern provinces");
    expect(byCue("called for")?.holder).toBe("e3");
    expect(phraseOf(doc, byCue("proposed"))).toBe("sending more engineers to the coast");
    expect(byCue("proposed")?.holder).toBe("e2");
    expect(phraseOf(doc, byCue("asked"))).toBe("recommend an arms embargo");
    expect(byCue("asked")?.holder).toBe("e4");
  });

  it("dates stances without a time expression with the publication date", () => {
    expect(stances.find((x) => x.holder === "e3")?.date).toBe("2031-03-05");
    expect(stances.find((x) => x.holder === "e3")?.time).toBeNull();
  });

  it("labels proposals with a lemma and the object's head", () => {
    const label = (phrase: string) => {
      const p = doc.get("proposals").find((x) => doc.slice(x) === phrase);
      return p?.label;
    };
    expect(label("impose sanctions on the Kessel junta")).toBe("impose sanctions on Kessel junta");
    expect(label("take over the Velmoran Stabilisation Force (VSF) mission in Velmora")).toBe(
      "take over VSF mission",
    );
    expect(validateDoc(doc)).toEqual([]);
  });
});

describe("stances: support and opposition cues", () => {
  const text =
    "Kessel backed sending troops to the border. " +
    "The Northern League rejected the sanctions on Kessel. " +
    "Dobrak warned against withdrawing the VSF before the elections. " +
    "The Harbour Union does not support a new curfew. " +
    "The senate welcomed the deployment of observers. " +
    "The governor seems keen to keep the VSF in place while providing it with more support.";
  const { doc, stances } = run(text);
  const by = (cue: string) => stances.find((x) => at(doc, x.cue) === cue);

  it("reads back, reject, warn against, welcome and keen to, with name-chunk holders when no NER ran", () => {
    expect([by("backed")?.polarity, by("backed")?.holderName, phraseOf(doc, by("backed"))]).toEqual([
      "support",
      "Kessel",
      "sending troops to the border",
    ]);
    expect([by("rejected")?.polarity, by("rejected")?.holderName, phraseOf(doc, by("rejected"))]).toEqual([
      "oppose",
      "Northern League",
      "the sanctions on Kessel",
    ]);
    expect([by("warned against")?.polarity, phraseOf(doc, by("warned against"))]).toEqual([
      "oppose",
      "withdrawing the VSF",
    ]);
    expect(by("warned against")?.holderName).toBe("Dobrak");
    expect([by("welcomed")?.polarity, phraseOf(doc, by("welcomed"))]).toEqual([
      "support",
      "the deployment of observers",
    ]);
    expect([by("keen")?.polarity, phraseOf(doc, by("keen"))]).toEqual([
      "support",
      "keep the VSF in place while providing it with more support",
    ]);
  });

  it("turns a negated support verb into opposition", () => {
    expect(by("support")?.polarity).toBe("oppose");
    expect(by("support")?.holderName).toBe("Harbour Union");
    expect(phraseOf(doc, by("support"))).toBe("a new curfew");
  });

  it("ignores cue words used as nouns or inside names", () => {
    const other = run("The Regional Support Office sent the support of three agencies, backed by donors.");
    expect(other.stances).toEqual([]);
  });

  it("reads a negated request as no stance, and its correction after 'but rather' as support", () => {
    const t =
      "In her letter, Dobrak does not request funding but rather that the VSF be transformed into a peacekeeping mission.";
    const r = run(t);
    expect(r.stances).toHaveLength(1);
    expect(r.stances[0]?.polarity).toBe("support");
    expect(r.stances[0]?.holderName).toBe("Dobrak");
    expect(phraseOf(r.doc, r.stances[0])).toBe("the VSF be transformed into a peacekeeping mission");
    expect(r.proposals.map((p) => p.label)).toEqual(["transform VSF into peacekeeping mission"]);
  });
});

describe("stances: asides between dashes", () => {
  it("reads 'call on X – A and B – to VERB' and gives the second request to the subject, not to B", () => {
    const text =
      "The Harbour Union is calling on the warring parties – the Kessel Army and the Delta Front – to allow access, and urging donors to fund the response.";
    const union = entity(text, "e1", "ORG", "Harbour Union", ["Harbour Union"]);
    const army = entity(text, "e2", "ORG", "Kessel Army", ["Kessel Army"]);
    const front = entity(text, "e3", "ORG", "Delta Front", ["Delta Front"]);
    const { doc, stances } = run(text, { entities: [union, army, front] });
    expect(stances.map((s) => [s.holder, s.polarity, phraseOf(doc, s)])).toEqual([
      ["e1", "support", "allow access"],
      ["e1", "support", "fund the response"],
    ]);
  });
});

describe("stances: a subject after a subordinating 'after'", () => {
  it("gives 'talks stalled after X rejected the plan' to X, not to the talks", () => {
    const text = "Talks on a truce stalled on Saturday after the Delta Front rejected the Kessel proposal.";
    const front = entity(text, "e1", "ORG", "Delta Front", ["Delta Front"]);
    const { doc, stances } = run(text, { entities: [front] });
    expect(stances.map((s) => [s.holder, s.polarity, phraseOf(doc, s)])).toEqual([
      ["e1", "oppose", "the Kessel proposal"],
    ]);
  });

  it("still reads 'after' before a name as a preposition when no verb follows the name", () => {
    const text = "After Velmora, the Harbour Union rejected the plan.";
    const v = entity(text, "e1", "GPE", "Velmora", ["Velmora"]);
    const union = entity(text, "e2", "ORG", "Harbour Union", ["Harbour Union"]);
    const { stances } = run(text, { entities: [v, union] });
    expect(stances.map((s) => s.holder)).toEqual(["e2"]);
  });
});

describe("stances: proposals in quotation marks", () => {
  it("reads 'called for “an immediate cessation of hostilities”'", () => {
    const text = "The envoy called for “an immediate cessation of hostilities” on Monday.";
    const { doc, stances } = run(text);
    expect(stances.map((s) => phraseOf(doc, s))).toEqual(["an immediate cessation of hostilities"]);
  });
});

describe("stances: coordinated requests", () => {
  it("ends a proposal before 'and' with a new verb", () => {
    const text =
      "The Harbour Union called on the authorities to release detained protesters and urged donors to suspend aid to the police.";
    const union = entity(text, "e1", "ORG", "Harbour Union", ["Harbour Union"]);
    const { doc, stances } = run(text, { entities: [union] });
    expect(stances.map((s) => [s.holder, phraseOf(doc, s)])).toEqual([
      ["e1", "release detained protesters"],
      ["e1", "suspend aid to the police"],
    ]);
  });
});
