import { describe, expect, test } from "vitest";
import { entityAt, entityNamed, runActors, surfaces, surfacesVia } from "./helpers.ts";

describe("acronym definitions", () => {
  test('"Long Form (ACR)" links every later ACR, ACR’s and ACR’, even where NER missed them', () => {
    const text =
      "The Coastal Relief Alliance (CRA) opened a clinic in Veloria. Later, CRA said it needed funds. " +
      "CRA’s director spoke first. The board endorsed CRA’ appeal.";
    const doc = runActors(text, [
      ["Coastal Relief Alliance", "ORG"],
      ["Veloria", "GPE"],
      ["CRA", "ORG", [1]],
    ]);
    const cra = entityNamed(doc, "Coastal Relief Alliance");
    expect(cra.type).toBe("ORG");
    expect(surfaces(doc, cra)).toEqual(["Coastal Relief Alliance", "CRA", "CRA", "CRA", "CRA"]);
    expect(surfacesVia(doc, cra, "acronym")).toEqual(["CRA", "CRA", "CRA"]);
    expect(cra.aliases).toEqual(["CRA"]);
  });

  test('"ACR (Long Form)" works the other way round, skipping "of" and "the"', () => {
    const text = "Officials from the OPR (Office for the Protection of Rivers) visited. The OPR said so.";
    const doc = runActors(text, []);
    const opr = entityNamed(doc, "Office for the Protection of Rivers");
    expect(surfaces(doc, opr)).toEqual(["OPR", "Office for the Protection of Rivers", "OPR"]);
    expect(opr.aliases).toEqual(["OPR"]);
  });

  test("the long form replaces a longer or partial NER span and keeps NER's type", () => {
    const text = "The Kenyan-led Northern Water Authority (NWA) cut supply; NWA blamed the drought.";
    const doc = runActors(text, [["Kenyan-led Northern Water", "ORG"]]);
    const nwa = entityNamed(doc, "Northern Water Authority");
    expect(surfaces(doc, nwa)).toEqual(["Northern Water Authority", "NWA", "NWA"]);
  });

  test("a long form NER typed PERSON is a body: acronyms are not people", () => {
    const text = "Lake Watch (LW) warned on Monday. LW said rivers were rising.";
    const doc = runActors(text, [["Lake Watch", "PERSON"]]);
    const lw = entityNamed(doc, "Lake Watch");
    expect(lw.type).toBe("ORG");
    expect(lw.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`)).toEqual([
      "Lake Watch/ORG",
      "LW/ORG",
      "LW/ORG",
    ]);
  });

  test("letters that do not spell the words define nothing", () => {
    const text = "The Grain Trust (GXT) said GXT would help.";
    const doc = runActors(text, [["Grain Trust", "ORG"]]);
    expect(entityNamed(doc, "Grain Trust").mentions).toHaveLength(1);
    expect(entityAt(doc, "GXT")).toBeUndefined();
  });

  test("an acronym nobody defined joins the one multi-word name it spells", () => {
    const text = "The Veloria Union met on Monday. Later the VU said talks would resume.";
    const doc = runActors(text, [["Veloria Union", "ORG"]]);
    expect(surfaces(doc, entityNamed(doc, "Veloria Union"))).toEqual(["Veloria Union", "VU"]);
  });
});

describe("near-misses of a defined acronym", () => {
  const text =
    "Teams of the Marenland Stabilisation Force (MSF) arrived. Supplies for the SMF were late, " +
    "and the MSG convoy too. The MFS asked for help. The NGO and the SOS line stayed open.";

  test("a swapped or changed letter becomes a message with the suggestion and is linked", () => {
    const doc = runActors(text, [["Marenland Stabilisation Force", "ORG"]]);
    const msf = entityNamed(doc, "Marenland Stabilisation Force");
    expect(surfaces(doc, msf)).toEqual(["Marenland Stabilisation Force", "MSF", "SMF", "MSG", "MFS"]);
    const near = doc.messages.filter((m) => m.rule === "actors.acronym-near-miss");
    expect(near.map((m) => text.slice(m.start, m.end))).toEqual(["SMF", "MSG", "MFS"]);
    expect(near.every((m) => m.suggestion === "MSF")).toBe(true);
    expect(near[0]?.message).toContain("Marenland Stabilisation Force");
  });

  test("common acronyms and words written elsewhere in lower case are left alone", () => {
    const plain = "The Freedonia Red Cross (FRC) helped. FRS and the NGO did not. Our frs is a unit.";
    const doc = runActors(plain, [["Freedonia Red Cross", "ORG"]]);
    expect(doc.messages).toEqual([]);
    expect(surfaces(doc, entityNamed(doc, "Freedonia Red Cross"))).toEqual(["Freedonia Red Cross", "FRC"]);
  });
});
