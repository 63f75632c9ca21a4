import type { Stage } from "../../pipeline/stage.ts";
import { extractFigures } from "./extract.ts";

/**
 * Adds the `figures` layer: number phrases with value, unit, qualifier, what is counted, place, period,
 * attributed source and HXL hashtag. Reads `entities`, `times` and `quotes` when earlier stages added them.
 */
export const figuresStage: Stage = {
  name: "figures",
  version: "12",
  requires: ["tokens", "sentences"],
  assigns: ["figures"],
  run: (doc) => ({ layers: { figures: extractFigures(doc) } }),
};
