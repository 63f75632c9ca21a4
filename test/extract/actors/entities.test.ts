import { describe, expect, test } from "vitest";
import { actorsStage } from "../../../src/extract/actors/stage.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";
import { entityNamed, runActors } from "./helpers.ts";

const TEXT =
  "Veloria’s Grain Trust (GT) warned on Monday. Grace Sato, the GT spokesperson, said Veloria had no reserves. " +
  "Sato’s statement followed a visit by Peter Marek. She said the country needed help.";
const MARKS = [
  ["Veloria", "GPE"],
  ["Grain Trust", "ORG"],
  ["Grace Sato", "PERSON"],
  ["Sato", "PERSON", [1]],
  ["Peter Marek", "PERSON"],
] as const;

describe("entity output", () => {
  const doc = runActors(TEXT, MARKS.map((m) => [...m]) as never);

  test("ids follow the order of first mention; names are the fullest form", () => {
    const entities = doc.get("entities");
    expect(entities.map((e) => `${e.id} ${e.type} ${e.name}`)).toEqual([
      "e1 GPE Veloria",
      "e2 ORG Grain Trust",
      "e3 PERSON Grace Sato",
      "e4 PERSON Peter Marek",
    ]);
  });

  test("mentions are sorted, every span slices its surface, aliases exclude pronouns", () => {
    const sato = entityNamed(doc, "Grace Sato");
    expect(sato.mentions.map((m) => `${TEXT.slice(m.start, m.end)}/${m.via}`)).toEqual([
      "Grace Sato/ner",
      "Sato/ner",
      "She/pronoun",
    ]);
    expect(sato.aliases).toEqual(["Sato"]);
    for (const e of doc.get("entities")) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const veloria = entityNamed(doc, "Veloria");
    expect(veloria.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual([
      "Veloria",
      "Veloria",
      "the country",
    ]);
  });

  test("the acronym is an alias of its long form, and roles point to entity ids", () => {
    expect(entityNamed(doc, "Grain Trust").aliases).toEqual(["GT"]);
    const roles = doc.get("roles").map((r) => [r.person, TEXT.slice(r.title.start, r.title.end), r.org]);
    expect(roles).toEqual([["e3", "spokesperson", "e2"]]);
  });

  test("the same input gives the same output", () => {
    const again = runActors(TEXT, MARKS.map((m) => [...m]) as never);
    expect(again.get("entities")).toEqual(doc.get("entities"));
    expect(again.get("roles")).toEqual(doc.get("roles"));
  });

  test("the stage declares what it needs and adds, and fits after a mentions stage", () => {
    expect(actorsStage.name).toBe("actors");
    expect(actorsStage.requires).toEqual(["tokens", "sentences", "mentions"]);
    expect(actorsStage.assigns).toEqual(["entities", "roles"]);
    expect(() => new Pipeline([actorsStage])).toThrow(/requires/);
  });
});

describe("a nationality in front of a body's name", () => {
  const text =
    "The Veloran Grain Oversight Council met on Monday. Veloran farmers said the Veloran Post had not " +
    "covered it, and the Marek Trading Company declined to comment.";
  const doc = runActors(text, [
    ["Veloran Grain Oversight Council", "ORG"],
    ["Veloran", "NORP", [1]],
    ["Veloran Post", "ORG"],
    ["Marek Trading Company", "ORG"],
  ]);

  test("gives the body an alias without the nationality when the rest is still a name", () => {
    expect(entityNamed(doc, "Veloran Grain Oversight Council").aliases).toEqual(["Grain Oversight Council"]);
  });

  test("leaves two-word names and names without a nationality alone", () => {
    expect(entityNamed(doc, "Veloran Post").aliases).toEqual([]);
    expect(entityNamed(doc, "Marek Trading Company").aliases).toEqual([]);
  });
});

describe("names written in a dateline's capitals", () => {
  test("the name is the form the story writes, the capitals an alias", () => {
    const text = "LAKEPORT, March 3 - Water reached the port. Lakeport has no reserves, the UN said.";
    const doc = runActors(text, [
      ["LAKEPORT", "GPE"],
      ["Lakeport", "GPE"],
      ["UN", "ORG"],
    ] as never);
    const names = doc.get("entities").map((e) => [e.name, e.aliases]);
    expect(names).toEqual([
      ["Lakeport", ["LAKEPORT"]],
      ["UN", []],
    ]);
  });

  test("a shorter written form beats a longer one in capitals", () => {
    const text = "UNITED NATIONS (AP) - Members of the U.N. council met.";
    const doc = runActors(text, [
      ["UNITED NATIONS", "ORG"],
      ["U.N.", "ORG"],
    ] as never);
    const un = doc.get("entities").find((e) => e.aliases.includes("UNITED NATIONS"));
    expect(un?.name).toBe("U.N.");
  });
});

describe("types of bodies' names", () => {
  test("a MISC name ending in a body's head word is an ORG; other MISC names stay", () => {
    const text = "The Lakeland Food Programme said the Lakeland Cup was cancelled.";
    const doc = runActors(text, [
      ["Lakeland Food Programme", "MISC"],
      ["Lakeland Cup", "MISC"],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.type])).toEqual([
      ["Lakeland Food Programme", "ORG"],
      ["Lakeland Cup", "MISC"],
    ]);
  });
});

describe("numbered headings", () => {
  test("a numbered heading line is no name, and a number before a name is cut off", () => {
    const text = "I. Introduction\n\n2. Lakeland Relief Council staff met on Monday.";
    const doc = runActors(text, [
      ["I. Introduction", "PERSON"],
      ["2. Lakeland Relief Council", "ORG"],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.type])).toEqual([["Lakeland Relief Council", "ORG"]]);
  });
});

describe("descriptions of bodies by their head word", () => {
  test("'the ministry' is the ministry named before it", () => {
    const text =
      "The Lakeland Interior Ministry said 40 people died. At least 60 were hurt, the ministry said.";
    const doc = runActors(text, [["Lakeland Interior Ministry", "ORG"]] as never);
    const ministry = doc.get("entities")[0];
    expect(ministry?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      "Lakeland Interior Ministry",
      "the ministry",
    ]);
  });
});

describe("places named by the words around them", () => {
  test("a settlement's appositive and a landform's noun retype a name; a town councillor stays a person", () => {
    const text =
      "Sara Loam, a resident of Tell Amra, a village south of the capital, fled the Kessel Heights mountains. Piet Olo, a town councillor, stayed.";
    const doc = runActors(text, [
      ["Sara Loam", "PERSON"],
      ["Tell Amra", "PERSON"],
      ["Kessel Heights", "ORG"],
      ["Piet Olo", "PERSON"],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.type])).toEqual([
      ["Sara Loam", "PERSON"],
      ["Tell Amra", "GPE"],
      ["Kessel Heights", "LOC"],
      ["Piet Olo", "PERSON"],
    ]);
  });
});

describe("names NER cut or mistyped in news", () => {
  test("a given name joins the person after it; an agency in a dateline's brackets is an ORG", () => {
    const text = "LAKEPORT (AP) — Opposition leader María Varga Solis spoke on Saturday.";
    const doc = runActors(text, [
      ["LAKEPORT", "GPE"],
      ["AP", "LOC"],
      ["María", "MISC"],
      ["Varga Solis", "PERSON"],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.type])).toEqual([
      ["LAKEPORT", "GPE"],
      ["AP", "ORG"],
      ["María Varga Solis", "PERSON"],
    ]);
  });

  test("a body's acronym in its own language links to the name: 'the National Electoral Council (CNE)'", () => {
    const text =
      "The National Electoral Council (CNE) declared a winner. The CNE has not published the data.";
    const doc = runActors(text, [
      ["National Electoral Council", "ORG"],
      ["CNE", "ORG"],
      ["CNE", "ORG", [1]],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.aliases])).toEqual([
      ["National Electoral Council", ["CNE"]],
    ]);
  });
});

describe("roles written as bodies", () => {
  test("'President of the Security Council' names the council, 'Representative of Norland' the country", () => {
    const text = "The Permanent Representative of Norland wrote to the President of the Security Council.";
    const doc = runActors(text, [
      ["Permanent Representative of Norland", "ORG"],
      ["President of the Security Council", "ORG"],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.type])).toEqual([
      ["Norland", "GPE"],
      ["Security Council", "ORG"],
    ]);
  });
});

describe("datelines", () => {
  test("the place a dateline opens with is a GPE whatever NER typed it", () => {
    const text = "LAKEPORT (Reuters) - Cases rose in the Lakeland Health Office's area.";
    const doc = runActors(text, [
      ["LAKEPORT", "ORG"],
      ["Reuters", "ORG"],
    ] as never);
    expect(doc.get("entities").map((e) => [e.name, e.type])).toEqual([
      ["LAKEPORT", "GPE"],
      ["Reuters", "ORG"],
    ]);
  });
});
