import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger } from "./expect-event.ts";

describe("events: displacement, deployment, withdrawal", () => {
  it("reads transitive and intransitive displacement", () => {
    const text = "Fighting has displaced 4,000 families. Thousands fled to Pellar last week.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Pellar"] }],
      times: [{ at: "last week", value: "2031-W19" }],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "displaced")).toMatchObject({
      type: "displacement",
      participants: { agent: "Fighting", victim: "4,000 families" },
    });
    expect(eventByTrigger(doc, events, "fled")).toMatchObject({
      type: "displacement",
      participants: { victim: "Thousands" },
      place: "e1",
      time: "2031-W19",
    });
  });

  it("reads passive displacement with a perfect auxiliary", () => {
    const text = "Over 200,000 people have been displaced in the north.";
    const doc = buildDoc(text);
    expect(eventByTrigger(doc, extractEvents(doc), "displaced")).toMatchObject({
      participants: { victim: "Over 200,000 people" },
    });
  });

  it("reads 'the deployment of X to Y' and an active deployment", () => {
    const text =
      "Ministers approved the deployment of 300 Vasken police officers to Ardel in June. Later, Vaskenia deployed troops to the border.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "GPE", mentions: ["Ardel"] },
        { id: "e2", type: "GPE", mentions: ["Vaskenia"] },
      ],
      times: [{ at: "June", value: "2030-06" }],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "deployment")).toMatchObject({
      type: "deployment",
      participants: { theme: "300 Vasken police officers" },
      place: "e1",
      placeSpan: "Ardel",
      time: "2030-06",
    });
    expect(eventByTrigger(doc, events, "deployed")).toMatchObject({
      participants: { agent: "Vaskenia", theme: "troops" },
      entities: { agent: "e2", theme: null },
      place: null,
      placeSpan: "the border",
    });
  });

  it("reads withdrawals from a place, verbal and nominal", () => {
    const text =
      "The Orsk battalion withdrew from Telvar on May 2. Residents welcomed the pullout of foreign troops.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Telvar"] }],
      times: [{ at: "May 2", value: "2031-05-02" }],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "withdrew")).toMatchObject({
      type: "withdrawal",
      participants: { agent: "The Orsk battalion" },
      place: "e1",
      time: "2031-05-02",
    });
    expect(eventByTrigger(doc, events, "pullout")).toMatchObject({
      type: "withdrawal",
      participants: { theme: "foreign troops" },
    });
  });
});
