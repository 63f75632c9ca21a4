import { describe, expect, it } from "vitest";
import { eventsStage } from "../../../src/extract/events/stage.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { Pipeline, PipelineOrderError } from "../../../src/pipeline/pipeline.ts";
import { buildDoc } from "./build-doc.ts";

describe("eventsStage", () => {
  it("declares its layers and runs after tokens and sentences, without entities or times", () => {
    expect(eventsStage).toMatchObject({
      name: "events",
      requires: ["tokens", "sentences"],
      assigns: ["events"],
    });
    expect(() => new Pipeline([tokensStage, eventsStage])).toThrow(PipelineOrderError);
    const doc = new Pipeline([tokensStage, sentencesStage, eventsStage]).process(
      "d",
      "Militants\u00a0abducted two\u200b engineers. Nobody was killed.",
    );
    expect(doc.get("events").map((e) => [e.id, e.type, doc.slice(e.trigger), doc.slice(e)])).toEqual([
      ["v1", "kidnapping", "abducted", "Militants\u00a0abducted two\u200b engineers"],
    ]);
    expect(validateDoc(doc)).toEqual([]);
  });

  it("is pure: the same document gives the same events", () => {
    const text = "Soldiers killed a farmer on Monday. Thousands fled to Pellar.";
    const layers = { times: [{ at: "Monday", value: "2031-05-12" }] };
    expect(eventsStage.run(buildDoc(text, layers))).toEqual(eventsStage.run(buildDoc(text, layers)));
  });
});
