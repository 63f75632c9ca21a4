import { actorsStage } from "../extract/actors/stage.ts";
import { eventsStage } from "../extract/events/stage.ts";
import { figuresStage } from "../extract/figures/stage.ts";
import { nerStage } from "../extract/ner/stage.ts";
import { quotesStage } from "../extract/quotes/stage.ts";
import { sentencesStage } from "../extract/sentences/stage.ts";
import { stancesStage } from "../extract/stances/stage.ts";
import { timeStage } from "../extract/time/stage.ts";
import { tokensStage } from "../extract/tokens/stage.ts";
import { Pipeline } from "./pipeline.ts";
import type { Stage } from "./stage.ts";

/** The stages `sitrep extract` runs, in order. Each later capability adds its stage here. */
export const DEFAULT_STAGES: readonly Stage[] = [
  tokensStage,
  sentencesStage,
  nerStage,
  actorsStage,
  timeStage,
  quotesStage,
  figuresStage,
  eventsStage,
  stancesStage,
];

let cached: Pipeline | null = null;

/** The default pipeline, built once (stages may load models lazily on first use). */
export function defaultPipeline(): Pipeline {
  cached ??= new Pipeline(DEFAULT_STAGES);
  return cached;
}
