import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import type { EventRecord } from "../../../src/extract/events/types.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger, view } from "./expect-event.ts";

describe("events: time and place linking, merging", () => {
  it("gives a date to the trigger it is not separated from by another trigger", () => {
    const text =
      "He was the first soldier to be killed since the deployment of the force to the island in June.";
    const doc = buildDoc(text, { times: [{ at: "June", value: "2030-06" }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "killed").time).toBeNull();
    expect(eventByTrigger(doc, events, "deployment")).toMatchObject({
      time: "2030-06",
      participants: { theme: "the force" },
      placeSpan: "the island",
    });
  });

  it("prefers a date in the trigger's own clause to one elsewhere in the sentence", () => {
    const text = "On Monday, the Ministry said that rebels attacked Pomar on Saturday.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Pomar"] }],
      times: [
        { at: "Monday", value: "2031-05-12" },
        { at: "Saturday", value: "2031-05-10" },
      ],
    });
    expect(eventByTrigger(doc, extractEvents(doc), "attacked")).toMatchObject({
      participants: { agent: "rebels", victim: "Pomar" },
      time: "2031-05-10",
    });
  });

  it("resolves '<country>’s capital, <city>' to the city and ignores durations", () => {
    const text = "An officer was shot and killed in Orvane’s capital, Belk, after a two-day siege.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "GPE", mentions: ["Orvane"] },
        { id: "e2", type: "GPE", mentions: ["Belk"] },
      ],
      times: [{ at: "two-day", value: "P2D", type: "DURATION" }],
    });
    expect(eventByTrigger(doc, extractEvents(doc), "shot and killed")).toMatchObject({
      place: "e2",
      placeSpan: "Belk",
      time: null,
    });
  });

  it("takes a place named before the trigger when nothing follows it", () => {
    const text = "In Tarsa, gunmen kidnapped a priest.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "GPE", mentions: ["Tarsa"] }] });
    expect(eventByTrigger(doc, extractEvents(doc), "kidnapped")).toMatchObject({
      place: "e1",
      placeSpan: "Tarsa",
    });
  });

  it("merges 'was shot and killed' with a later 'the officer’s death' and a narrative repeat", () => {
    const text =
      "A police officer was shot and killed on Sunday in Belk. The officer’s death angered colleagues. " +
      "He was the first officer to be killed this year. Separately, 40 villagers were killed in 2030.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Belk"] }],
      times: [
        { at: "Sunday", value: "2031-05-11" },
        { at: "2030", value: "2030" },
      ],
    });
    const events = extractEvents(doc);
    expect(events.map((e) => [e.id, doc.slice(e.trigger), e.mentions.map((m) => doc.slice(m))])).toEqual([
      ["v1", "shot and killed", ["shot and killed", "death", "killed"]],
      ["v2", "killed", ["killed"]],
    ]);
    expect(view(doc, events[0] as EventRecord)).toMatchObject({
      type: "killing",
      time: "2031-05-11",
      place: "e1",
    });
    expect(view(doc, events[1] as EventRecord)).toMatchObject({
      participants: { victim: "40 villagers" },
      time: "2030",
    });
  });

  it("merges letters by the same author through a coreferent pronoun", () => {
    const text =
      "On May 1, Governor Ivo Rask addressed a letter to the Council. In his letter, Rask asked for police. " +
      "Separately, Mayor Ona Pell wrote to the Council on May 3.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "PERSON", mentions: ["Ivo Rask", "his", { text: "Rask", nth: 2 }] },
        { id: "e2", type: "PERSON", mentions: ["Ona Pell"] },
        { id: "e3", type: "ORG", mentions: ["Council", { text: "Council", nth: 2 }] },
      ],
      times: [
        { at: "May 1", value: "2031-05-01" },
        { at: "May 3", value: "2031-05-03" },
      ],
    });
    const letters = extractEvents(doc).filter((e) => e.type === "letter");
    expect(letters.map((e) => [doc.slice(e.trigger), e.mentions.length])).toEqual([
      ["addressed", 2],
      ["wrote to", 1],
    ]);
    expect(view(doc, letters[1] as EventRecord)).toMatchObject({
      entities: { agent: "e2", recipient: "e3" },
      time: "2031-05-03",
    });
  });
});
