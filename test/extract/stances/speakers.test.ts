import { describe, expect, it } from "vitest";
import { at, entity, phraseOf, quote, run } from "./build.ts";

describe("stances: holders from quotes, reported speech and pronouns", () => {
  const text =
    "“It is not time to withdraw the VSF,” said Ambassador Pell Orsen. " +
    "“The council must fund the VSF fully,” Orsen added. " +
    "Minister Irena Dobrak said the council should keep the VSF in place. " +
    "She also urged the council to fund the VSF.";
  const orsen = entity(text, "e1", "PERSON", "Pell Orsen", ["Pell Orsen", ["Orsen", 1]]);
  const dobrak = entity(text, "e2", "PERSON", "Irena Dobrak", ["Irena Dobrak", "She"]);
  const quotes = [
    quote(text, "It is not time to withdraw the VSF,", "e1", "Pell Orsen"),
    quote(text, "The council must fund the VSF fully,", "e1", "Orsen added"),
    quote(text, "the council should keep the VSF in place", "e2", "Irena Dobrak", false),
  ];
  const { doc, stances } = run(text, { entities: [orsen, dobrak], quotes });
  const by = (cue: string) => stances.find((x) => at(doc, x.cue) === cue);

  it("gives 'it is not time to' opposition to the quote's speaker, with the quote as evidence", () => {
    const s = by("It is not time to");
    expect([s?.polarity, s?.holder, s?.holderVia]).toEqual(["oppose", "e1", "quote"]);
    expect(phraseOf(doc, s)).toBe("withdraw the VSF");
    expect(at(doc, s)).toBe("It is not time to withdraw the VSF,");
  });

  it("gives a modal inside a quote, or in reported speech, to the speaker, not to the clause subject", () => {
    expect([by("must")?.holder, phraseOf(doc, by("must"))]).toEqual(["e1", "fund the VSF fully"]);
    expect([by("should")?.holder, phraseOf(doc, by("should"))]).toEqual(["e2", "keep the VSF in place"]);
    expect(at(doc, by("should"))).toBe("the council should keep the VSF in place");
  });

  it("resolves a pronoun subject through the entities' mentions", () => {
    const s = by("urged");
    expect([s?.holder, s?.holderName, at(doc, s?.holderSpan)]).toEqual(["e2", "Irena Dobrak", "She"]);
  });

  it("finds speakers without a quotes layer: quotation marks, reporting verbs, appositives, pronouns", () => {
    const t =
      "In a statement, Tamsin Roe, director of the Coastal Relief Alliance, wrote: “Donors should fund a Council of Nations operation.” " +
      "She also said the council must reopen the port.";
    const r = run(t);
    const s = r.stances.find((x) => at(r.doc, x.cue) === "should");
    expect([s?.holderName, s?.holderVia, phraseOf(r.doc, s)]).toEqual([
      "Tamsin Roe",
      "quote",
      "fund a Council of Nations operation",
    ]);
    const m = r.stances.find((x) => at(r.doc, x.cue) === "must");
    expect([m?.holderName, at(r.doc, m?.holderSpan), phraseOf(r.doc, m)]).toEqual([
      "Tamsin Roe",
      "She",
      "reopen the port",
    ]);
  });

  it("gives 'X said they opposed …' to the speaker, even when coreference linked 'they' elsewhere", () => {
    const t = "Norland said it supported the plan, but Velmora said they opposed any new mission.";
    const norland = entity(t, "e1", "GPE", "Norland", ["Norland", "it"]);
    const velmora = entity(t, "e2", "GPE", "Velmora", ["Velmora"]);
    // A wrong pronoun link, as a document's coreference can make: "they" → Norland.
    const wrong = {
      ...norland,
      mentions: [...norland.mentions, { ...spanOfThey(t), type: "GPE" as const, via: "pronoun" as const }],
    };
    const quotes = [
      quote(t, "it supported the plan", "e1", "Norland", false),
      quote(t, "they opposed any new mission", "e2", "Velmora", false),
    ];
    const r = run(t, { entities: [wrong, velmora], quotes });
    const s = r.stances.find((x) => at(r.doc, x.cue) === "opposed");
    expect([s?.holder, s?.holderVia, s?.polarity]).toEqual(["e2", "quote", "oppose"]);
  });

  it("gives a request noun's stance to its possessor, and the speaker's stance through it", () => {
    const t =
      "“The council should support the fishermen’s long-standing request to reopen the northern port,” Orsen wrote.";
    const r = run(t);
    const holders = r.stances.map((x) => [x.holderName, x.holderVia, x.polarity, phraseOf(r.doc, x)]);
    expect(holders).toEqual([
      ["Orsen", "quote", "support", "reopen the northern port"],
      ["fishermen", "possessor", "support", "reopen the northern port"],
    ]);
    expect(new Set(r.stances.map((x) => x.proposal)).size).toBe(1);
  });

  it("gives an echoing actor the stances of the actor echoed", () => {
    const t =
      "Since January, Velmora has been calling for a ceasefire in the delta. " +
      "Earlier this week, the Harbour Union echoed Velmora’s appeal to the council.";
    const r = run(t);
    const echo = r.stances.find((x) => x.holderVia === "echo");
    expect([echo?.holderName, echo?.polarity, phraseOf(r.doc, echo)]).toEqual([
      "Harbour Union",
      "support",
      "a ceasefire in the delta",
    ]);
    expect(at(r.doc, echo?.cue)).toBe("echoed");
    expect(at(r.doc, echo)).toBe(
      "Earlier this week, the Harbour Union echoed Velmora’s appeal to the council.",
    );
    expect(echo?.proposal).toBe(r.stances.find((x) => x.holderName === "Velmora")?.proposal);
  });
});

function spanOfThey(t: string): { start: number; end: number } {
  const start = t.indexOf("they");
  return { start, end: start + 4 };
}

describe("stances: nationalities", () => {
  it("gives 'Norlandic officials rejected …' to the officials, not to the nationality", () => {
    const t = "Norlandic officials rejected the proposal.";
    const norp = entity(t, "e1", "NORP", "Norlandic", ["Norlandic"]);
    const r = run(t, { entities: [norp] });
    expect(r.stances.map((s) => [s.holder, s.holderName, s.polarity])).toEqual([
      [null, "Norlandic officials", "oppose"],
    ]);
  });
});

describe("stances: a role owned by a country", () => {
  it("gives 'Norland’s army chief rejects …' to the role, and a named holder to the name", () => {
    const t =
      "Norland’s army chief rejects the truce. Norland’s foreign minister Ilse Varga rejected the plan.";
    const norland = entity(t, "e1", "GPE", "Norland", ["Norland", ["Norland", 1]]);
    const varga = entity(t, "e2", "PERSON", "Ilse Varga", ["Ilse Varga"]);
    const r = run(t, { entities: [norland, varga] });
    expect(r.stances.map((s) => [s.holder, s.holderName])).toEqual([
      [null, "Norland’s army chief"],
      ["e2", "Ilse Varga"],
    ]);
  });
});

describe("stances: listed holders", () => {
  it("gives each name of 'A, B and C have called on …' the stance, and not a name before a comma alone", () => {
    const t =
      "Norland, Velmora and Tarsa have called on the council to publish the data. In Kessel, the Harbour Union rejected the plan.";
    const ents = ["Norland", "Velmora", "Tarsa", "Kessel", "Harbour Union"].map((n, i) =>
      entity(t, `e${i + 1}`, i === 4 ? "ORG" : "GPE", n, [n]),
    );
    const r = run(t, { entities: ents });
    expect(r.stances.map((s) => [s.holderName, s.polarity])).toEqual([
      ["Norland", "support"],
      ["Velmora", "support"],
      ["Tarsa", "support"],
      ["Harbour Union", "oppose"],
    ]);
  });
});
