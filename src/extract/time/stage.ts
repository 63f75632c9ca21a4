import type { Stage } from "../../pipeline/stage.ts";
import { tagTimes } from "./tag.ts";

/**
 * Adds the `times` layer: TIMEX3 expressions (DATE, TIME, DURATION, SET) with TimeML values, anchored on
 * `doc.meta.published` or on the last date the text mentioned. Without a publication date, relative
 * expressions keep an underspecified value and raise a `time.no-anchor` message.
 */
export const timeStage: Stage = {
  name: "time",
  version: "16",
  requires: ["tokens", "sentences"],
  assigns: ["times"],
  run(doc) {
    const exclude = doc.get("tokens").filter((t) => t.kind === "url" || t.kind === "email");
    const { times, messages } = tagTimes(doc.text, {
      published: doc.meta.published,
      sentences: doc.get("sentences"),
      exclude,
    });
    return { layers: { times }, messages };
  },
};
