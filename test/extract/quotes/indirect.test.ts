import { describe, expect, it } from "vitest";
import { quoteStarting, quotes } from "./helpers.ts";

describe("reported speech", () => {
  it("takes the clause after 'that', without it, and the addressee as recipient", () => {
    const text =
      "Minister Amara Okafor reportedly wrote the Lakeland Council that the camps must stay open until June.";
    const q = quoteStarting(text, "the camps");
    expect(q.content).toBe("the camps must stay open until June");
    expect([q.by, q.said, q.direct, q.hedged]).toEqual(["Minister Amara Okafor", "wrote", false, true]);
    const recipient = q.chain.find((l) => l.role === "recipient");
    expect(recipient && text.slice(recipient.span.start, recipient.span.end)).toBe("the Lakeland Council");
  });

  it("takes a report without 'that'", () => {
    const text = "He also said the council should learn from the floods of past years.";
    const q = quoteStarting(text, "the council");
    expect([q.by, q.said]).toEqual(["He", "said"]);
    expect(q.content).toBe("the council should learn from the floods of past years");
  });

  it("takes 'according to' before and after the content", () => {
    const before = quoteStarting(
      "According to the Lakeland Relief Council, 40 villages lost power.",
      "40 villages",
    );
    expect([before.by, before.said]).toEqual(["the Lakeland Relief Council", "According to"]);
    const after = quoteStarting("Forty villages lost power, according to the council.", "Forty");
    expect(after.content).toBe("Forty villages lost power");
    expect(after.by).toBe("the council");
  });

  it("takes reports whose cue follows the content", () => {
    const q = quoteStarting("The road will reopen on Monday, officials said.", "The road");
    expect(q.content).toBe("The road will reopen on Monday");
    expect([q.by, q.said]).toEqual(["officials", "said"]);
  });

  it("takes a trailing attribution to a named body with 'the' and a long name with its acronym", () => {
    const short = quoteStarting("Maize prices have tripled, the Lakeland Grain Board said.", "Maize");
    expect([short.content, short.by, short.said]).toEqual([
      "Maize prices have tripled",
      "Lakeland Grain Board",
      "said",
    ]);
    const text =
      "Floods have forced 4,000 people from their homes since Monday, the Lakeland Office for the Coordination of Relief Affairs (LOCRA) said on Thursday, as aid groups warned of disease.";
    const q = quoteStarting(text, "Floods");
    expect(q.content).toBe("Floods have forced 4,000 people from their homes since Monday");
    expect([q.by, q.said]).toEqual([
      "Lakeland Office for the Coordination of Relief Affairs (LOCRA)",
      "said",
    ]);
  });

  it("takes a body whose name ends in a medium's word ('Survey') as the speaker after 'according to'", () => {
    const q = quoteStarting("The quake was shallow, according to the U.S. Geological Survey.", "The quake");
    expect([q.by, q.said]).toEqual(["the U.S. Geological Survey", "according to"]);
    const medium = quoteStarting("Most families are in debt, according to a survey.", "Most");
    expect(medium.by).toBeNull();
  });

  it("makes the body a statement comes from the speaker, with the statement as medium", () => {
    const text =
      "Famine has been confirmed in ten areas, according to a statement from the Lakeland Food Agency.";
    const q = quoteStarting(text, "Famine");
    expect([q.by, q.said]).toEqual(["the Lakeland Food Agency", "according to"]);
    expect(q.chain.map((l) => [l.role, text.slice(l.span.start, l.span.end)])).toEqual([
      ["speaker", "the Lakeland Food Agency"],
      ["medium", "a statement"],
    ]);
  });

  it("stops a trailing attribution's report at a contrast ('though', 'but')", () => {
    const text =
      "The war has killed thousands, according to the Lakeland Council, though other estimates put the toll far higher.";
    expect(quotes(text).map((q) => q.content)).toEqual(["The war has killed thousands"]);
  });

  it("finds the subject of a participial cue after a dateline and a role before the name", () => {
    const text =
      "LAKEPORT, Norland (Reuters) - Norland’s army chief Ilse Varga on Tuesday rejected the truce, saying the army would not negotiate.";
    const q = quoteStarting(text, "the army would");
    expect([q.by, q.said]).toEqual(["Norland’s army chief Ilse Varga", "saying"]);
  });

  it("reports a count after 'said', and 'officials in a place' as the speaker", () => {
    const text =
      "The agency put the toll at 23, while local officials in Tell Amra said at least 31 people had died.";
    const q = quoteStarting(text, "at least");
    expect([q.content, q.by, q.said]).toEqual([
      "at least 31 people had died",
      "local officials in Tell Amra",
      "said",
    ]);
  });

  it("leaves a dateline out of a report whose cue follows it", () => {
    const text =
      "LAKEPORT, March 14 (Reuters) - Floods have forced 4,000 people from their homes, the agency said.";
    expect(quotes(text).map((q) => q.content)).toEqual(["Floods have forced 4,000 people from their homes"]);
  });

  it("reads a bulleted item with its source, and 'confirmed dead' as no cue", () => {
    const text =
      "HIGHLIGHTS\n• 225 people confirmed dead and 707 injured, according to the Lakeland Relief Office.\n\nMore later.";
    expect(quotes(text).map((q) => [q.content, q.by])).toEqual([
      ["225 people confirmed dead and 707 injured", "the Lakeland Relief Office"],
    ]);
  });

  it("takes a name and a speaker's head after it: 'according to the U.N. humanitarian office'", () => {
    const q = quoteStarting(
      "Some 700,000 people have fled, according to the U.N. humanitarian office.",
      "Some",
    );
    expect(q.by).toBe("the U.N. humanitarian office");
  });

  it("takes a trailing attribution to a name with lower-case title words before it", () => {
    const text =
      "Missiles struck the city twice, killing at least seven people, regional governor Oleh Varga said on Friday.";
    const q = quoteStarting(text, "Missiles");
    expect([q.content, q.by]).toEqual([
      "Missiles struck the city twice, killing at least seven people",
      "Oleh Varga",
    ]);
  });

  it("takes two sources joined by 'and' in a trailing attribution", () => {
    const text =
      "The strike killed at least 50 people, witnesses and a local resistance group said Wednesday.";
    const q = quoteStarting(text, "The strike");
    expect(q.by).toBe("witnesses and a local resistance group");
  });

  it("splits coordinated reports and parentheticals", () => {
    const text = "Okafor said the wells were dry, and added she doesn’t expect rain before May.";
    const all = quotes(text).map((q) => q.content);
    expect(all).toEqual(["the wells were dry", "she doesn’t expect rain before May"]);
    const paren = quotes("The rations help, she says, but only for a week.").map((q) => q.content);
    expect(paren).toEqual(["The rations help", "but only for a week"]);
  });

  it("finds a participial cue's speaker in the main clause", () => {
    const text =
      "On May 2, Council President Tomasz Wierzbicki sent a letter to the governor, explaining that “the roads are cut.”";
    const q = quoteStarting(text, "the roads");
    expect(q.by).toContain("Tomasz Wierzbicki");
    expect(q.said).toBe("explaining");
  });

  it("does not report negated or intended speech", () => {
    expect(quotes("Okafor did not say whether the camps would close.")).toHaveLength(0);
    expect(quotes("The agency will continue to deliver water to the camps.")).toHaveLength(0);
  });
});
