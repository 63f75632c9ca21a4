import { describe, expect, test } from "vitest";
import { entityAt, entityNamed, runActors, surfaces, surfacesVia } from "./helpers.ts";

describe("titled forms", () => {
  test('"the Secretary-General" joins the one person named with that title', () => {
    const text =
      "OCA Secretary-General Maria Lindqvist wrote to donors. The letter reached them on Friday. " +
      "Donors said the Secretary-General had asked too much.";
    const doc = runActors(text, [
      ["OCA", "ORG"],
      ["Maria Lindqvist", "PERSON"],
    ]);
    const maria = entityNamed(doc, "Maria Lindqvist");
    expect(surfacesVia(doc, maria, "description")).toEqual(["the Secretary-General"]);
  });

  test("two holders of the title leave it unresolved", () => {
    const text = "President Ivo Marek met President Hana Sato. Later the president left.";
    const doc = runActors(text, [
      ["Ivo Marek", "PERSON"],
      ["Hana Sato", "PERSON"],
    ]);
    expect(doc.get("entities").flatMap((e) => surfacesVia(doc, e, "description"))).toEqual([]);
  });
});

describe("pronouns", () => {
  test("he/his resolve to the only person before; gender comes from the given-name list", () => {
    const text =
      "Mark Stone reached Veloria on Monday. He said his team would stay. Sarah Cole agreed, and she left.";
    const doc = runActors(text, [
      ["Mark Stone", "PERSON"],
      ["Veloria", "GPE"],
      ["Sarah Cole", "PERSON"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Mark Stone"), "pronoun")).toEqual(["He", "his"]);
    expect(surfacesVia(doc, entityNamed(doc, "Sarah Cole"), "pronoun")).toEqual(["she"]);
  });

  test("gender from a pronoun already resolved and from an honorific keeps two people apart", () => {
    const text =
      "Ms. Ada Nwosu met Tomas Vlk in Ostravia. She thanked Vlk. Later Vlk and Nwosu spoke, and he smiled.";
    const doc = runActors(text, [
      ["Ada Nwosu", "PERSON"],
      ["Tomas Vlk", "PERSON"],
      ["Ostravia", "GPE"],
      ["Vlk", "PERSON"],
      ["Nwosu", "PERSON"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Ada Nwosu"), "pronoun")).toEqual(["She"]);
    expect(surfacesVia(doc, entityNamed(doc, "Tomas Vlk"), "pronoun")).toEqual(["he"]);
  });

  test("subject preference: with two unknown-gender people, the previous sentence's subject wins", () => {
    const text = "Kiri Tane thanked Ola Brisk for the report. He said it was overdue.";
    const doc = runActors(text, [
      ["Kiri Tane", "PERSON"],
      ["Ola Brisk", "PERSON"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Kiri Tane"), "pronoun")).toEqual(["He"]);
  });

  test("the subject behind a title and an organisation still counts as the subject", () => {
    const text = "OCA Secretary-General Kiri Tane thanked Ola Brisk. He said the funds had arrived.";
    const doc = runActors(text, [
      ["OCA", "ORG"],
      ["Kiri Tane", "PERSON"],
      ["Ola Brisk", "PERSON"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Kiri Tane"), "pronoun")).toEqual(["He"]);
  });

  test('"In his report, <Name> …" points forward', () => {
    const text = "Aid Works published a study. In his report, Kiri Tane, the director, warned of hunger.";
    const doc = runActors(text, [
      ["Aid Works", "ORG"],
      ["Kiri Tane", "PERSON"],
    ]);
    expect(surfaces(doc, entityNamed(doc, "Kiri Tane"))).toEqual(["his", "Kiri Tane"]);
  });

  test("a fronted possessive that points to a name that is no fitting person stays unresolved", () => {
    const text = "Mark Stone spoke first. In her letter, Aid Works asked for calm.";
    const doc = runActors(text, [
      ["Mark Stone", "PERSON"],
      ["Aid Works", "ORG"],
    ]);
    expect(entityAt(doc, "her")).toBeUndefined();
  });

  test("an intervening person noun, a quotation or no one near leaves the pronoun alone", () => {
    const text =
      "Kiri Tane visited the camp. A police officer was shot there, and his unit left. " +
      "“He will not return,” Tane said. Rain fell. Roads closed. Markets shut. She was not seen.";
    const doc = runActors(text, [
      ["Kiri Tane", "PERSON"],
      ["Tane", "PERSON"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Kiri Tane"), "pronoun")).toEqual([]);
    expect(entityAt(doc, "She")).toBeUndefined();
  });

  test("two people of one gender in the same sentence stay ambiguous for an object pronoun", () => {
    const text = "Mark Stone told Peter Dunn to call him.";
    const doc = runActors(text, [
      ["Mark Stone", "PERSON"],
      ["Peter Dunn", "PERSON"],
    ]);
    expect(entityAt(doc, "him")).toBeUndefined();
  });
});

describe("definite descriptions", () => {
  test('"the Caribbean nation" → the most recent country, not a city or a name inside it', () => {
    const text =
      "Aid reached Veloria last week. Trucks waited in Veloria’s capital, Port Amsel. " +
      "The Caribbean nation needs more, and the country’s ports are shut. Crowds filled the capital.";
    const doc = runActors(text, [
      ["Veloria", "GPE"],
      ["Port Amsel", "GPE"],
      ["Caribbean", "LOC"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Veloria"), "description")).toEqual([
      "The Caribbean nation",
      "the country",
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Port Amsel"), "description")).toEqual(["the capital"]);
  });

  test('"the multinational body" → the most recent ORG that is not the subject of its sentence', () => {
    const text =
      "Ostravia asked the Regional Forum for help. Aid Works echoed Ostravia’s appeal to the multinational body.";
    const doc = runActors(text, [
      ["Ostravia", "GPE"],
      ["Regional Forum", "ORG"],
      ["Aid Works", "ORG"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Regional Forum"), "description")).toEqual([
      "the multinational body",
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Aid Works"), "description")).toEqual([]);
  });

  test('"the mission" needs an organisation whose name says mission or force', () => {
    const text =
      "The Marenland Stabilisation Force arrived. Aid Works sent food. Officials said the mission was underfunded.";
    const doc = runActors(text, [
      ["Marenland Stabilisation Force", "ORG"],
      ["Aid Works", "ORG"],
    ]);
    expect(surfacesVia(doc, entityNamed(doc, "Marenland Stabilisation Force"), "description")).toEqual([
      "the mission",
    ]);
  });
});
