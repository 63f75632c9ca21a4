import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger } from "./expect-event.ts";

describe("events: reports, letters, statements, requests", () => {
  it("reads a report published by an appositive subject and the appeal it makes", () => {
    const text =
      "The Lantern Foundation (TLF), a rights group, published a report on June 4 calling on the Council to act.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "ORG", mentions: ["The Lantern Foundation", "TLF"] },
        { id: "e2", type: "ORG", mentions: ["Council"] },
      ],
      times: [{ at: "June 4", value: "2031-06-04" }],
    });
    const events = extractEvents(doc);
    expect(events.map((e) => e.type)).toEqual(["publication", "request"]);
    expect(eventByTrigger(doc, events, "published")).toMatchObject({
      participants: { agent: "The Lantern Foundation", theme: "a report" },
      entities: { agent: "e1" },
      time: "2031-06-04",
    });
    expect(eventByTrigger(doc, events, "calling on")).toMatchObject({
      participants: { agent: "The Lantern Foundation", recipient: "the Council" },
      entities: { recipient: "e2" },
      time: "2031-06-04",
    });
  });

  it("reads letters: 'wrote X that', 'addressed a letter to Y', 'X’s letter to Y'", () => {
    const text =
      "A day later, Minister Ona Pell wrote the Regional Council that the plan had failed. " +
      "On May 1, Governor Ivo Rask addressed a letter to the Secretary-General. Rask’s letter to the Assembly was leaked.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "PERSON", mentions: ["Ona Pell"] },
        { id: "e2", type: "PERSON", mentions: ["Ivo Rask", { text: "Rask", nth: 2 }] },
      ],
      times: [
        { at: "A day later", value: "2031-05-12" },
        { at: "May 1", value: "2031-05-01" },
      ],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "wrote")).toMatchObject({
      type: "letter",
      participants: { agent: "Minister Ona Pell", recipient: "the Regional Council" },
      entities: { agent: "e1" },
      time: "2031-05-12",
    });
    expect(eventByTrigger(doc, events, "addressed")).toMatchObject({
      type: "letter",
      participants: { agent: "Governor Ivo Rask", theme: "a letter", recipient: "the Secretary-General" },
      time: "2031-05-01",
    });
    // Same author, another addressee: a second letter, not merged with the first.
    expect(eventByTrigger(doc, events, "letter")).toMatchObject({
      participants: { agent: "Rask", recipient: "the Assembly" },
      entities: { agent: "e2" },
    });
  });

  it("does not take a quoted 'wrote' without an addressee as a letter", () => {
    const text = "“The mission has failed,” Pell wrote.";
    const doc = buildDoc(text);
    expect(extractEvents(doc)).toEqual([]);
  });

  it("reads a statement and requests with recipients and themes", () => {
    const text =
      "The ministry issued a statement on Friday. The governor urged the army to withdraw. Mayors appealed to donors for food aid.";
    const doc = buildDoc(text, { times: [{ at: "Friday", value: "2031-05-09" }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "issued")).toMatchObject({
      type: "statement",
      participants: { agent: "The ministry", theme: "a statement" },
      time: "2031-05-09",
    });
    expect(eventByTrigger(doc, events, "urged")).toMatchObject({
      type: "request",
      participants: { agent: "The governor", recipient: "the army" },
    });
    expect(eventByTrigger(doc, events, "appealed to")).toMatchObject({
      type: "request",
      participants: { agent: "Mayors", recipient: "donors", theme: "food aid" },
    });
    expect(events.map((e) => e.type)).toEqual(["statement", "request", "request"]);
  });

  it("reads a nominal appeal with possessor and recipient, not an infinitive as recipient", () => {
    const text =
      "The envoy echoed Dravia’s appeal to the regional bloc. He backed their request to expand the mission.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "GPE", mentions: ["Dravia"] }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "appeal")).toMatchObject({
      participants: { agent: "Dravia", recipient: "the regional bloc" },
      entities: { agent: "e1" },
    });
    expect(eventByTrigger(doc, events, "request").participants).toEqual({ agent: "their" });
  });
});
