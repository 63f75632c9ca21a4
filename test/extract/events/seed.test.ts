import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventsStage, extractEvents } from "../../../src/extract/events/stage.ts";
import type { EventRecord } from "../../../src/extract/events/types.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";
import { SEED_TEXT } from "../../helpers/shared.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger, view } from "./expect-event.ts";

// The seed is read at run time from ../shared; its phrases live only here, never in src.
describe.skipIf(!existsSync(SEED_TEXT))("events on the seed article (tokens and sentences only)", () => {
  const pipeline = new Pipeline([tokensStage, sentencesStage, eventsStage]);
  const doc = pipeline.process("seed", readFileSync(SEED_TEXT, "utf8"), { published: "2025-02-26" });
  const events = doc.get("events") as readonly EventRecord[];
  const rows = events.map((e) => ({
    type: e.type,
    trigger: doc.slice(e.trigger),
    parts: Object.fromEntries(e.participants.map((p) => [p.role, doc.slice(p.span)])),
    place: e.placeSpan ? doc.slice(e.placeSpan) : null,
  }));

  it("finds the six events the issue names, with their participants", () => {
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "assassination", trigger: "assassinated", place: "his home" }),
        expect.objectContaining({
          type: "killing",
          trigger: "shot and killed",
          parts: { victim: "A Kenyan police officer" },
        }),
        expect.objectContaining({
          type: "publication",
          parts: { agent: "Human Rights Watch", theme: "a report" },
        }),
        expect.objectContaining({
          type: "letter",
          trigger: "wrote",
          parts: { agent: "UN Secretary-General Antonio Guterres", recipient: "the UN Security Council" },
        }),
        expect.objectContaining({ type: "letter", trigger: "addressed" }),
        expect.objectContaining({ type: "deployment", trigger: "deployment" }),
      ]),
    );
  });

  it("keeps negated and hypothetical mentions out and every span valid", () => {
    expect(rows.filter((r) => r.type === "funding")).toEqual([]);
    expect(rows.filter((r) => r.type === "deployment")).toHaveLength(1);
    expect(validateDoc(doc)).toEqual([]);
  });
});

// Upstream layers made by hand (as the NER, actors and time stages should produce them), so the
// linking and merging are checked on the seed without depending on those stages.
describe.skipIf(!existsSync(SEED_TEXT))(
  "events on the seed article with hand-made entities and times",
  () => {
    const text = readFileSync(SEED_TEXT, "utf8");
    const doc = buildDoc(text, {
      entities: [
        { id: "pap", type: "GPE", mentions: ["Port-au-Prince"] },
        { id: "haiti", type: "GPE", mentions: [{ text: "Haiti", within: "Haiti’s capital" }] },
        { id: "jm", type: "PERSON", mentions: ["Jovenel Moïse", { text: "his", within: "at his home" }] },
        {
          id: "lv",
          type: "PERSON",
          mentions: [
            "Leslie Voltaire",
            { text: "her", within: "In her letter" },
            { text: "Voltaire", within: "Voltaire does" },
          ],
        },
        {
          id: "unsc",
          type: "ORG",
          mentions: [
            "UN Security Council",
            { text: "Security Council", within: "letter to the Security Council" },
          ],
        },
      ],
      times: [
        { at: "February 24", value: "2025-02-24" },
        { at: "A day later", value: "2025-02-25" },
        { at: "July 7, 2021", value: "2021-07-07" },
        { at: "Sunday", value: "2025-02-23" },
        { at: { text: "June", within: "in June" }, value: "2024-06" },
        { at: "October 21", value: "2024-10-21" },
      ],
    });
    const events = extractEvents(doc);

    it("links the killing to the city, and merges each letter with its later mention", () => {
      expect(eventByTrigger(doc, events, "shot and killed")).toMatchObject({
        time: "2025-02-23",
        place: "pap",
        placeSpan: "Port-au-Prince",
      });
      expect(eventByTrigger(doc, events, "assassinated")).toMatchObject({
        entities: { victim: "jm" },
        time: "2021-07-07",
      });
      const letters = events.filter((e) => e.type === "letter");
      expect(letters.map((e) => [doc.slice(e.trigger), e.mentions.length])).toEqual([
        ["wrote", 2],
        ["addressed", 2],
      ]);
      expect(view(doc, letters[1] as EventRecord)).toMatchObject({
        entities: { agent: "lv" },
        time: "2024-10-21",
      });
      expect(eventByTrigger(doc, events, "deployment")).toMatchObject({ time: "2024-06" });
    });
  },
);
