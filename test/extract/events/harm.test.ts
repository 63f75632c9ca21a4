import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import { findBadSpans } from "../../../src/model/validate.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger } from "./expect-event.ts";

describe("events: attacks, killings, deaths, arrests, kidnappings", () => {
  it("reads a passive killing with its victim, time and place", () => {
    const text = "Two aid workers were killed on Tuesday in Veltria.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Veltria"] }],
      times: [{ at: "Tuesday", value: "2031-05-13" }],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "killed")).toMatchObject({
      type: "killing",
      participants: { victim: "Two aid workers" },
      time: "2031-05-13",
      place: "e1",
      placeSpan: "Veltria",
      modality: "asserted",
    });
    expect(findBadSpans(events, text.length)).toEqual([]);
    expect(text.slice(events[0]?.start, events[0]?.end)).toBe(
      "Two aid workers were killed on Tuesday in Veltria",
    );
  });

  it("reads an active multi-word killing with agent and victim", () => {
    const text = "Red Hand militiamen shot dead a village chief near Dorvan.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "GPE", mentions: ["Dorvan"] }] });
    expect(eventByTrigger(doc, extractEvents(doc), "shot dead")).toMatchObject({
      type: "killing",
      participants: { agent: "Red Hand militiamen", victim: "a village chief" },
      place: "e1",
    });
  });

  it("links a passive assassination to a person entity, a date before the comma and 'at his home'", () => {
    const text =
      "On March 3, 2030, Kestria’s then-President Ilo Varn was assassinated at his home, plunging the country into chaos.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "PERSON", mentions: ["Ilo Varn", "his"] },
        { id: "e2", type: "GPE", mentions: ["Kestria"] },
      ],
      times: [{ at: "March 3, 2030", value: "2030-03-03" }],
    });
    expect(eventByTrigger(doc, extractEvents(doc), "assassinated")).toMatchObject({
      type: "assassination",
      participants: { victim: "Kestria’s then-President Ilo Varn" },
      entities: { victim: "e1" },
      time: "2030-03-03",
      place: null,
      placeSpan: "his home",
    });
  });

  it("reads nominal triggers with 'of' and possessors", () => {
    const text =
      "The assassination of Mayor Dena Tolk shocked Orvane. Rights groups condemned the gang’s attack on the clinic.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "PERSON", mentions: ["Dena Tolk"] }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "assassination")).toMatchObject({
      participants: { victim: "Mayor Dena Tolk" },
      entities: { victim: "e1" },
    });
    expect(eventByTrigger(doc, events, "attack")).toMatchObject({
      type: "attack",
      participants: { agent: "the gang", victim: "the clinic" },
    });
  });

  it("reads 'came under fire from' as an attack on the subject", () => {
    const text = "The patrol came under fire from suspected bandits.";
    const doc = buildDoc(text);
    expect(eventByTrigger(doc, extractEvents(doc), "came under fire")).toMatchObject({
      type: "attack",
      participants: { victim: "The patrol", agent: "suspected bandits" },
    });
  });

  it("reads deaths with the subject as victim", () => {
    const text = "Three miners died in the collapse at Pell.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "LOC", mentions: ["Pell"] }] });
    expect(eventByTrigger(doc, extractEvents(doc), "died")).toMatchObject({
      type: "death",
      participants: { victim: "Three miners" },
      place: "e1",
    });
  });

  it("reads arrests, active and passive with a by-agent", () => {
    const text =
      "Police arrested three protesters in Sarnick on Monday. A journalist was detained by soldiers.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Sarnick"] }],
      times: [{ at: "Monday", value: "2031-05-12" }],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "arrested")).toMatchObject({
      type: "arrest",
      participants: { agent: "Police", victim: "three protesters" },
      place: "e1",
      time: "2031-05-12",
    });
    expect(eventByTrigger(doc, events, "detained")).toMatchObject({
      type: "arrest",
      participants: { victim: "A journalist", agent: "soldiers" },
      time: null,
    });
  });

  it("reads kidnappings, verbal and nominal", () => {
    const text =
      "Armed men abducted 12 students from a school in Lorwen. The kidnapping of two nurses followed.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "GPE", mentions: ["Lorwen"] }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "abducted")).toMatchObject({
      type: "kidnapping",
      participants: { agent: "Armed men", victim: "12 students" },
      place: "e1",
    });
    expect(eventByTrigger(doc, events, "kidnapping")).toMatchObject({
      participants: { victim: "two nurses" },
    });
  });
});

describe("events: shared subjects", () => {
  it("gives a coordinated verb the agent of the verb before it", () => {
    const text = "Gunmen attacked the village and killed 12 people.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "attacked")).toMatchObject({
      participants: { agent: "Gunmen", victim: "the village" },
    });
    expect(eventByTrigger(doc, events, "killed")).toMatchObject({
      participants: { agent: "Gunmen", victim: "12 people" },
    });
  });
});

describe("events: phrase edges", () => {
  it("keeps comparative openers, skips adverbs and heads 'X of Y' on X", () => {
    const text =
      "At least 30 people were killed in Dumar. The President of Kestria was assassinated. " +
      "Rebels abducted two nurses near the border town of Kalo.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "GPE", mentions: ["Dumar"] },
        { id: "e2", type: "GPE", mentions: ["Kestria"] },
        { id: "e3", type: "GPE", mentions: ["Kalo"] },
      ],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "killed")).toMatchObject({
      participants: { victim: "At least 30 people" },
      place: "e1",
    });
    expect(eventByTrigger(doc, events, "assassinated")).toMatchObject({
      participants: { victim: "The President of Kestria" },
      entities: { victim: null },
    });
    expect(eventByTrigger(doc, events, "abducted")).toMatchObject({ place: "e3", placeSpan: "Kalo" });
  });

  it("takes a nominal event phrase as the subject of the verb after it", () => {
    const text = "The bombing of the hospital killed nine patients. The Assembly voted unanimously.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "killed").participants).toEqual({
      agent: "The bombing of the hospital",
      victim: "nine patients",
    });
    expect(eventByTrigger(doc, events, "voted").participants).toEqual({ agent: "The Assembly" });
  });
});
