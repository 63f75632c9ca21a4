import type { Doc } from "../model/doc.ts";
import type { LayerName, Layers, Message } from "../model/layers.ts";

/** What a stage returns: the layers it adds and the problems it found in the text. */
export interface StageOutput {
  readonly layers: Partial<Layers>;
  readonly messages?: readonly Message[];
}

/**
 * A pipeline stage: a pure function over a Doc that declares what it needs and what it adds
 * (spaCy's `requires`/`assigns`). Same text and metadata in, same output: no clock, no I/O.
 */
export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): StageOutput;
}

/** `name@version`, as recorded on every fact the stage produces. */
export function stageId(stage: Pick<Stage, "name" | "version">): string {
  return `${stage.name}@${stage.version}`;
}
