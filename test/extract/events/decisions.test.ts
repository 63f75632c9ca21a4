import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger } from "./expect-event.ts";

describe("events: votes, decisions, funding", () => {
  it("reads votes and adopted resolutions", () => {
    const text =
      "The Assembly voted on the budget on Thursday. The council adopted a resolution extending the mission.";
    const doc = buildDoc(text, { times: [{ at: "Thursday", value: "2031-05-08" }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "voted")).toMatchObject({
      type: "vote",
      participants: { agent: "The Assembly", theme: "the budget" },
      time: "2031-05-08",
    });
    expect(eventByTrigger(doc, events, "adopted")).toMatchObject({
      type: "decision",
      participants: { agent: "The council", theme: "a resolution" },
    });
  });

  it("reads pledged money with its recipient, and funding with a named funder", () => {
    const text =
      "Norland pledged $40 million to the relief fund. The clinics rely on Norland’s funding for staff.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "GPE", mentions: ["Norland", { text: "Norland", nth: 2 }] }],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "pledged")).toMatchObject({
      type: "funding",
      participants: { agent: "Norland", theme: "$40 million", recipient: "the relief fund" },
      entities: { agent: "e1" },
    });
    expect(eventByTrigger(doc, events, "funding")).toMatchObject({
      type: "funding",
      participants: { agent: "Norland", recipient: "staff" },
    });
  });

  it("takes a name right before a nominal trigger as its agent, and ignores bare funding talk", () => {
    const text = "Troops were backed by Norland funding. Officials cited a chronic shortage of funding.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "GPE", mentions: ["Norland"] }] });
    const events = extractEvents(doc);
    expect(events).toHaveLength(1);
    expect(eventByTrigger(doc, events, "funding")).toMatchObject({ participants: { agent: "Norland" } });
  });
});
