import { describe, expect, test } from "vitest";
import type { Doc } from "../../../src/model/doc.ts";
import { entityNamed, runActors } from "./helpers.ts";

/** Roles as readable strings: person name | title | org name | span. */
function roles(doc: Doc): string[] {
  const name = (id: string | null): string => doc.get("entities").find((e) => e.id === id)?.name ?? "-";
  return doc
    .get("roles")
    .map((r) => [name(r.person), doc.slice(r.title), name(r.org), doc.slice(r.span)].join(" | "));
}

describe("roles and titles", () => {
  test('"<Org> Secretary-General <Name>", with the body added when NER missed it', () => {
    const text = "On Monday, OCA Secretary-General Maria Lindqvist wrote to the donors.";
    const doc = runActors(text, [["Maria Lindqvist", "PERSON"]]);
    expect(roles(doc)).toEqual([
      "Maria Lindqvist | Secretary-General | OCA | OCA Secretary-General Maria Lindqvist",
    ]);
  });

  test('"<Country> <Body> President <Name>": the body is the org, the country opens the span', () => {
    const text = "Freedonian Interim Governing Council President Ivo Marek signed the decree.";
    const doc = runActors(text, [
      ["Freedonian", "NORP"],
      ["Interim Governing Council", "ORG"],
      ["Ivo Marek", "PERSON"],
    ]);
    expect(roles(doc)).toEqual([
      "Ivo Marek | President | Interim Governing Council | Freedonian Interim Governing Council President Ivo Marek",
    ]);
  });

  test('"<Name>, <Title> at <Org>" keeps the portfolio words in the title', () => {
    const text = "Sara Lind, Veloria Director at Aid Works, said the camps were full.";
    const doc = runActors(text, [
      ["Sara Lind", "PERSON"],
      ["Veloria", "GPE"],
      ["Aid Works", "ORG"],
    ]);
    expect(roles(doc)).toEqual([
      "Sara Lind | Veloria Director | Aid Works | Sara Lind, Veloria Director at Aid Works",
    ]);
  });

  test('"<Name>, the <title> of <Country>" and "<Name>, <Org>’s <title>,"', () => {
    const text =
      "Omar Haddad, the foreign minister of Ostravia, arrived. Lena Holm, Aid Works’ chief executive, replied.";
    const doc = runActors(text, [
      ["Omar Haddad", "PERSON"],
      ["Ostravia", "GPE"],
      ["Lena Holm", "PERSON"],
      ["Aid Works", "ORG"],
    ]);
    expect(roles(doc)).toEqual([
      "Omar Haddad | foreign minister | Ostravia | Omar Haddad, the foreign minister of Ostravia",
      "Lena Holm | chief executive | Aid Works | Lena Holm, Aid Works’ chief executive",
    ]);
  });

  test('"<Org>’s <title>, <Name>" and "the <title>, <Name>" name the title before the comma', () => {
    const text =
      "Aid Works’ country director, Lena Holm, said so. The spokesperson, Omar Haddad, agreed. Rain, Hail, Lena Holm.";
    const doc = runActors(text, [
      ["Aid Works", "ORG"],
      ["Lena Holm", "PERSON"],
      ["Omar Haddad", "PERSON"],
    ]);
    expect(roles(doc)).toEqual([
      "Lena Holm | country director | Aid Works | Aid Works’ country director, Lena Holm",
      "Omar Haddad | spokesperson | - | spokesperson, Omar Haddad",
    ]);
  });

  test('"<Country>’s then-President <Name>": modifiers belong to the title, not the name', () => {
    const text = "In 2019, Veloria’s then-President Paul Adeyemi fled the capital.";
    const doc = runActors(text, [
      ["Veloria", "GPE"],
      ["then-President Paul Adeyemi", "PERSON"],
    ]);
    expect(roles(doc)).toEqual([
      "Paul Adeyemi | then-President | Veloria | Veloria’s then-President Paul Adeyemi",
    ]);
    expect(entityNamed(doc, "Paul Adeyemi").aliases).toEqual([]);
  });

  test('"<Title> <Name>" with no organisation, and a title NER swallowed into the name', () => {
    const text = "Former Prime Minister Hana Sato met Deputy Spokesperson Li Wei.";
    const doc = runActors(text, [
      ["Hana Sato", "PERSON"],
      ["Deputy Spokesperson Li Wei", "PERSON"],
    ]);
    expect(roles(doc)).toEqual([
      "Hana Sato | Former Prime Minister | - | Former Prime Minister Hana Sato",
      "Li Wei | Deputy Spokesperson | - | Deputy Spokesperson Li Wei",
    ]);
    expect(doc.get("entities").map((e) => e.name)).toEqual(["Hana Sato", "Li Wei"]);
  });

  test("names NER missed are taken where a title makes them certain", () => {
    const text =
      "On Monday, Veloria’s then-President Paul Adeyemi left. Sara Lind, Policy Director at Aid Works, " +
      "stayed. The Director General Assembly met in May.";
    const doc = runActors(text, [
      ["Veloria", "GPE"],
      ["Aid Works", "ORG"],
    ]);
    expect(doc.get("entities").map((e) => `${e.type} ${e.name}`)).toEqual([
      "GPE Veloria",
      "PERSON Paul Adeyemi",
      "PERSON Sara Lind",
      "ORG Aid Works",
    ]);
    expect(roles(doc)).toEqual([
      "Paul Adeyemi | then-President | Veloria | Veloria’s then-President Paul Adeyemi",
      "Sara Lind | Policy Director | Aid Works | Sara Lind, Policy Director at Aid Works",
    ]);
  });

  test("a name NER typed ORG becomes a person where a title makes it certain, and its surname follows", () => {
    const text = "Sara Lind, Policy Director at Aid Works, spoke. Lind said the camps were full.";
    const doc = runActors(text, [
      ["Sara Lind", "ORG"],
      ["Aid Works", "ORG"],
      ["Lind", "ORG", [1]],
    ]);
    expect(doc.get("entities").map((e) => `${e.type} ${e.name} ${e.aliases.join(",")}`)).toEqual([
      "PERSON Sara Lind Lind",
      "ORG Aid Works ",
    ]);
  });

  test("an ORG mention running over a title and a name splits into the body and the person", () => {
    const text = "Ostravian Water Board President Jana Novak resigned. Novak left.";
    const doc = runActors(text, [
      ["Ostravian Water Board President Jana Novak", "ORG"],
      ["Novak", "ORG", [1]],
    ]);
    expect(doc.get("entities").map((e) => `${e.type} ${e.name} ${e.aliases.join(",")}`)).toEqual([
      "ORG Ostravian Water Board ",
      "PERSON Jana Novak Novak",
    ]);
    expect(roles(doc)).toEqual([
      "Jana Novak | President | Ostravian Water Board | Ostravian Water Board President Jana Novak",
    ]);
  });

  test("a title NER tagged with its organisation splits into the org and the person", () => {
    const text = "Grain Trust Chairwoman Eva Lund resigned.";
    const doc = runActors(text, [["Grain Trust Chairwoman Eva Lund", "PERSON"]]);
    expect(doc.get("entities").map((e) => `${e.type} ${e.name}`)).toEqual([
      "ORG Grain Trust",
      "PERSON Eva Lund",
    ]);
    expect(roles(doc)).toEqual(["Eva Lund | Chairwoman | Grain Trust | Grain Trust Chairwoman Eva Lund"]);
  });
});
