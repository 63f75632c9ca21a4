import type { Stage } from "../../pipeline/stage.ts";
import { findParagraphs } from "./paragraphs.ts";
import { splitSentences } from "./split.ts";

/** Adds the `paragraphs` layer (with dateline and credit lines marked) and the `sentences` layer. */
export const sentencesStage: Stage = {
  name: "sentences",
  version: "6",
  requires: ["tokens"],
  assigns: ["paragraphs", "sentences"],
  run(doc) {
    const paragraphs = findParagraphs(doc.text);
    return { layers: { paragraphs, sentences: splitSentences(doc.text, doc.get("tokens"), paragraphs) } };
  },
};
