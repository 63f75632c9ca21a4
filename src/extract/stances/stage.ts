import type { Stage } from "../../pipeline/stage.ts";
import { extractStances } from "./extract.ts";

/**
 * Adds `proposals` (action phrases someone proposes, demands, supports or rejects; paraphrases
 * share an id) and `stances` (holder → proposal, with polarity, condition, evidence and date).
 * Reads `entities`, `mentions`, `quotes` and `times` when earlier stages added them, and falls back
 * to name chunks and quotation marks when they did not.
 */
export const stancesStage: Stage = {
  name: "stances",
  version: "9",
  requires: ["tokens", "sentences"],
  assigns: ["proposals", "stances"],
  run(doc) {
    const { proposals, stances } = extractStances(doc);
    return { layers: { proposals, stances } };
  },
};
