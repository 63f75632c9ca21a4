import { describe, expect, it } from "vitest";
import { at, quoteStarting, quotes } from "./helpers.ts";

describe("speakers and cues of direct quotes", () => {
  it("finds the speaker after the quote", () => {
    const q = quoteStarting("“Fuel runs out on Friday,” Okafor wrote.", "Fuel");
    expect([q.by, q.said]).toEqual(["Okafor", "wrote"]);
  });

  it("finds an inverted speaker with a title", () => {
    const text = "“We need more boats,” said relief coordinator Tomasz Wierzbicki, who arrived on Monday.";
    const q = quoteStarting(text, "We need");
    expect([q.by, q.said]).toEqual(["Tomasz Wierzbicki", "said"]);
    const q2 = quoteStarting("“A second option exists,” wrote Okafor.", "A second");
    expect([q2.by, q2.said]).toEqual(["Okafor", "wrote"]);
  });

  it("finds the speaker of a colon lead-in behind an appositive", () => {
    const text =
      "In her report, Amara Okafor, Regional Director at the Lakeland Relief Council, wrote: “The camps are full.”";
    const q = quoteStarting(text, "The camps");
    expect([q.by, q.said]).toEqual(["Amara Okafor", "wrote"]);
  });

  it("takes the name in an appositive after a role as the speaker", () => {
    const text = "Norland’s ambassador, Ilse Varga, told the council that the mission was the only way.";
    const q = quoteStarting(text, "the mission");
    expect([q.by, q.said]).toEqual(["Ilse Varga", "told"]);
    const q2 = quoteStarting(
      "Its foreign minister, Piet Olo, wrote on X that the plan ignores the causes.",
      "the plan",
    );
    expect([q2.by, q2.said]).toEqual(["Piet Olo", "wrote"]);
    const q3 = quoteStarting("Ana Reyes, who lives in Lima, Peru, said the water was gone.", "the water");
    expect(q3.by).toBe("Ana Reyes");
    const q4 = quoteStarting("The Special Envoy, Ilse Varga, said the talks had failed.", "the talks");
    expect(q4.by).toBe("Ilse Varga");
  });

  it("reads 'expressed concern that' and 'voiced hope that' as reports, and 'expressed concern about' not", () => {
    const text =
      "Ilse Varga expressed concern that the truce had been agreed without a timeline. Piet Olo voiced hope that talks would resume. Ana Reyes expressed concern about the delays.";
    expect(quotes(text).map((q) => [q.by, q.said, q.content])).toEqual([
      ["Ilse Varga", "expressed concern", "the truce had been agreed without a timeline"],
      ["Piet Olo", "voiced hope", "talks would resume"],
    ]);
  });

  it("does not make a nationality the speaker of 'an Egyptian official'", () => {
    const text = "“We are running out of time,” a Norlandic official told reporters.";
    const norp = {
      id: "e1",
      type: "NORP" as const,
      name: "Norlandic",
      aliases: [],
      mentions: [{ ...at(text, "Norlandic"), type: "NORP" as const, via: "ner" as const }],
    };
    const q = quoteStarting(text, "We are", [norp]);
    expect([q.by, q.speaker]).toEqual(["a Norlandic official", null]);
  });

  it("gives 'who called the war “…”' to the name before the appositive", () => {
    const text =
      "“The world has forgotten us,” said Ilse Varga, the agency's chief, who called the war “one of the worst nightmares in recent history.”";
    const q = quoteStarting(text, "one of the worst");
    expect([q.by, q.said]).toEqual(["Ilse Varga", "called"]);
  });

  it("takes a pronoun as the speaker phrase", () => {
    const q = quoteStarting("“The bridge is closed,” she said.", "The bridge");
    expect([q.by, q.said]).toEqual(["she", "said"]);
  });

  it("continues the previous speaker for a paragraph that is only a quotation", () => {
    const text =
      "“The harvest failed,” Wierzbicki said.\n\n“Families are leaving the valley.”\n\nThe ministry did not comment.";
    const q = quoteStarting(text, "Families");
    expect(q.by).toBe("Wierzbicki");
    expect(q.cue).toBeNull();
  });

  it("drops scare quotes that nobody is said to have said", () => {
    const text = "The so-called “green corridor” opened last week.\n\nTrucks now pass daily.";
    expect(quotes(text)).toHaveLength(0);
  });

  it("recognises organisations and publications as speakers", () => {
    const text = "The Northwind Gazette reported that the dam had cracked after the storm.";
    const q = quoteStarting(text, "the dam");
    expect([q.by, q.said, q.direct]).toEqual(["The Northwind Gazette", "reported", false]);
  });
});

describe("partial quotes", () => {
  it("keeps partial quotes inside a sentence, attributed to the sentence's speaker", () => {
    const text =
      "The Council’s Okafor argued that “pooling the grain reserves” could ease the region’s “worst deficit in years.”";
    const first = quoteStarting(text, "pooling");
    const second = quoteStarting(text, "worst");
    expect(first.content).toBe("pooling the grain reserves");
    expect([first.by, first.said]).toEqual(["Okafor", "argued"]);
    expect(second.content).toBe("worst deficit in years.");
    expect(second.by).toBe("Okafor");
  });

  it("keeps a paraphrase with a short quoted phrase as one reported quote", () => {
    const text =
      "Wierzbicki said the drivers were tired and “very scared” of the checkpoints on the road north.";
    const all = quotes(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.content).toBe(
      "the drivers were tired and “very scared” of the checkpoints on the road north",
    );
    expect(all[0]?.direct).toBe(false);
  });
});
