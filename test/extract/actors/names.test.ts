import { describe, expect, test } from "vitest";
import { entityAt, entityNamed, runActors, surfaces, surfacesVia } from "./helpers.ts";

describe("one actor across spellings", () => {
  test("possessives: Name’s, Name's and Names’ resolve to the name", () => {
    const text =
      "Tomas Vlk spoke. Vlk’s aides agreed, and Vlk's party too. Aid Works said Aid Works’ staff left.";
    const doc = runActors(text, [
      ["Tomas Vlk", "PERSON"],
      ["Vlk’s", "PERSON"],
      ["Vlk's", "PERSON"],
      ["Aid Works", "ORG", [0]],
      ["Aid Works’", "ORG"],
    ]);
    const vlk = entityNamed(doc, "Tomas Vlk");
    expect(surfaces(doc, vlk)).toEqual(["Tomas Vlk", "Vlk", "Vlk"]);
    expect(vlk.aliases).toEqual(["Vlk"]);
    expect(surfaces(doc, entityNamed(doc, "Aid Works"))).toEqual(["Aid Works", "Aid Works"]);
  });

  test("diacritics: António and Antonio are one person named with the accents", () => {
    const text = "Antonio Ferreira arrived. Later António Ferreira said Ferreira’s plan stood.";
    const doc = runActors(text, [
      ["Antonio Ferreira", "PERSON"],
      ["António Ferreira", "PERSON"],
      ["Ferreira", "PERSON", [2]],
    ]);
    const people = doc.get("entities").filter((e) => e.type === "PERSON");
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe("António Ferreira");
    expect(people[0]?.aliases).toEqual(["Antonio Ferreira", "Ferreira"]);
  });

  test("surnames and first-and-last forms join the full name; a missed surname is added as alias", () => {
    const text =
      "Ruth A. Okafor, a lawyer, filed the case. Ruth Okafor later said the court erred. " +
      "Judges questioned Okafor for an hour.";
    const doc = runActors(text, [
      ["Ruth A. Okafor", "PERSON"],
      ["Ruth Okafor", "PERSON"],
    ]);
    const ruth = entityNamed(doc, "Ruth A. Okafor");
    expect(surfaces(doc, ruth)).toEqual(["Ruth A. Okafor", "Ruth Okafor", "Okafor"]);
    expect(surfacesVia(doc, ruth, "alias")).toEqual(["Okafor"]);
  });

  test("a surname NER typed ORG joins the person and becomes PERSON", () => {
    const text = "Mark Stone left Veloria. Stone wrote to the council.";
    const doc = runActors(text, [
      ["Mark Stone", "PERSON"],
      ["Veloria", "GPE"],
      ["Stone", "ORG", [1]],
    ]);
    const stone = entityNamed(doc, "Mark Stone");
    expect(stone.type).toBe("PERSON");
    expect(surfaces(doc, stone)).toEqual(["Mark Stone", "Stone"]);
  });

  test("a surname two people share stays unresolved", () => {
    const text = "Anna Berg and Peter Berg arrived. Berg said nothing.";
    const doc = runActors(text, [
      ["Anna Berg", "PERSON"],
      ["Peter Berg", "PERSON"],
      ["Berg", "PERSON", [2]],
    ]);
    const berg = entityAt(doc, "Berg", 2);
    expect(berg?.name).toBe("Berg");
    expect(berg?.mentions).toHaveLength(1);
  });

  test("an honorific marks a name NER missed", () => {
    const text = "Jane Roe arrived. Ms. Roe said the plan was ready.";
    const doc = runActors(text, [["Jane Roe", "PERSON"]]);
    expect(surfaces(doc, entityNamed(doc, "Jane Roe"))).toEqual(["Jane Roe", "Roe"]);
  });

  test('a leading "The" does not make a fuller name, and joins the bare form', () => {
    const text = "The Aid Union met. Later Aid Union staff left.";
    const doc = runActors(text, [
      ["The Aid Union", "ORG"],
      ["Aid Union", "ORG", [1]],
    ]);
    const union = entityNamed(doc, "Aid Union");
    expect(union.aliases).toEqual(["The Aid Union"]);
    expect(union.mentions).toHaveLength(2);
  });

  test('NER junk: "On July" and weekday names are no actors; "In Veloria" loses the preposition', () => {
    const text = "On July 7, rain fell. In Veloria the roads closed on Monday.";
    const doc = runActors(text, [
      ["On July", "ORG"],
      ["In Veloria", "GPE"],
      ["Monday", "MISC"],
    ]);
    expect(doc.get("entities").map((e) => e.name)).toEqual(["Veloria"]);
  });

  test("a body's name NER cut short on the left is repaired, up to a title, a date or another name", () => {
    const text =
      "Freedonian Transitional Governing Council President Ivo Marek spoke. On Monday Daily Star editors agreed.";
    const doc = runActors(text, [
      ["Freedonian", "NORP"],
      ["Governing Council", "ORG"],
      ["Ivo Marek", "PERSON"],
      ["Star", "MISC"],
    ]);
    expect(doc.get("entities").map((e) => `${e.type} ${e.name}`)).toEqual([
      "NORP Freedonian",
      "ORG Transitional Governing Council",
      "PERSON Ivo Marek",
      "MISC Daily Star",
    ]);
  });

  test("a place NER took out of a masthead or a body's name gets its last word back", () => {
    const text =
      "The Port Amsel Herald reported it. Staff of the Veloria Water Board agreed. Veloria Rain fell.";
    const doc = runActors(text, [
      ["Port Amsel", "GPE"],
      ["Veloria", "GPE"],
    ]);
    expect(doc.get("entities").map((e) => `${e.type} ${e.name}`)).toEqual([
      "ORG Port Amsel Herald",
      "ORG Veloria Water Board",
      "GPE Veloria",
    ]);
  });

  test("a known multi-word name written again replaces NER fragments inside it", () => {
    const text = "Human Rights Panel staff met. Later Human Rights Panel staff left.";
    const doc = runActors(text, [
      ["Human Rights Panel", "ORG", [0]],
      ["Human", "ORG", [1]],
      ["Rights", "ORG", [1]],
    ]);
    expect(surfaces(doc, entityNamed(doc, "Human Rights Panel"))).toEqual([
      "Human Rights Panel",
      "Human Rights Panel",
    ]);
    expect(doc.get("entities")).toHaveLength(1);
  });

  test("a shortened organisation name joins the one longer name it ends", () => {
    const text = "The Veloria Security Council met. Later the Security Council voted.";
    const doc = runActors(text, [
      ["Veloria Security Council", "ORG"],
      ["Security Council", "ORG", [1]],
    ]);
    expect(surfaces(doc, entityNamed(doc, "Veloria Security Council"))).toEqual([
      "Veloria Security Council",
      "Security Council",
    ]);
  });
});
