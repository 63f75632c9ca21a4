import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/model/layers.ts";
import { at, quoteStarting } from "./helpers.ts";

const links = (
  text: string,
  q: { chain: readonly { role: string; span: { start: number; end: number } }[] },
) => q.chain.map((l) => `${l.role}:${text.slice(l.span.start, l.span.end)}`);

describe("chains of reporting and hedges", () => {
  it("records intermediaries in 'according to reporting from A at B'", () => {
    const text =
      "According to reporting from Lena Marsh at the Northwind Gazette, Okafor wrote, “The reservoir will last ten days.”";
    const q = quoteStarting(text, "The reservoir");
    expect(links(text, q)).toEqual([
      "speaker:Okafor",
      "intermediary:Lena Marsh",
      "intermediary:the Northwind Gazette",
    ]);
  });

  it("records medium, recipient and 'obtained by', and carries them to the next quote of the same speaker", () => {
    const text =
      "According to the letter to the Lakeland Council obtained by the Northwind Gazette, Okafor appears willing to extend the camps.\n\n“Closing them now would be a mistake,” wrote Okafor.";
    const indirect = quoteStarting(text, "Okafor appears");
    expect(indirect.hedged).toBe(true);
    expect(links(text, indirect)).toEqual([
      "medium:the letter",
      "recipient:the Lakeland Council",
      "intermediary:the Northwind Gazette",
    ]);
    const next = quoteStarting(text, "Closing them");
    expect(links(text, next)).toEqual([
      "speaker:Okafor",
      "medium:the letter",
      "recipient:the Lakeland Council",
      "intermediary:the Northwind Gazette",
    ]);
  });

  it("takes the medium from 'in his report' and 'addressed a letter to'", () => {
    const text =
      "In his report, Tomasz Wierzbicki, director at the Lakeland Relief Council, wrote: “The camps are full.”";
    expect(links(text, quoteStarting(text, "The camps"))).toEqual([
      "speaker:Tomasz Wierzbicki",
      "medium:his report",
    ]);
    const letter = "Okafor addressed a letter to Governor Ruth Adeyemi, explaining that “the wells are dry.”";
    expect(links(letter, quoteStarting(letter, "the wells"))).toEqual([
      "speaker:Okafor",
      "medium:a letter",
      "recipient:Governor Ruth Adeyemi",
    ]);
  });

  it("marks an outlet that reported as an intermediary", () => {
    const text = "The Northwind Gazette reported that two ferries had sunk.";
    expect(links(text, quoteStarting(text, "two ferries"))).toEqual([
      "speaker:The Northwind Gazette",
      "intermediary:The Northwind Gazette",
    ]);
  });

  it("is not hedged without a hedge word", () => {
    expect(quoteStarting("“We are ready,” Okafor said.", "We are").hedged).toBe(false);
  });

  it("links speakers and chain links to entities, pronouns through coreference", () => {
    const text =
      "“The river is rising,” Amara Okafor told the Northwind Gazette.\n\n“We need boats,” she said.";
    const okafor: Entity = {
      id: "e1",
      type: "PERSON",
      name: "Amara Okafor",
      aliases: [],
      mentions: [
        { ...at(text, "Amara Okafor"), type: "PERSON", via: "ner" },
        { ...at(text, "she"), type: "PERSON", via: "pronoun" },
      ],
    };
    const gazette: Entity = {
      id: "e2",
      type: "ORG",
      name: "Northwind Gazette",
      aliases: [],
      mentions: [{ ...at(text, "Northwind Gazette"), type: "ORG", via: "ner" }],
    };
    const first = quoteStarting(text, "The river", [okafor, gazette]);
    expect(first.speaker).toBe("e1");
    expect(first.chain.find((l) => l.role === "recipient")?.entity).toBe("e2");
    expect(quoteStarting(text, "We need", [okafor, gazette]).speaker).toBe("e1");
    expect(quoteStarting(text, "We need").speaker).toBeNull();
  });
});
