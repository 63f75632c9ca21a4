import type { Stage } from "../../pipeline/stage.ts";
import { tokenize } from "./tokenize.ts";

/** Adds the `tokens` layer. */
export const tokensStage: Stage = {
  name: "tokens",
  version: "2",
  requires: [],
  assigns: ["tokens"],
  run: (doc) => ({ layers: { tokens: tokenize(doc.text) } }),
};
