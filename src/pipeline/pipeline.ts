import { Doc, type DocMetaInput } from "../model/doc.ts";
import type { LayerName } from "../model/layers.ts";
import { type Stage, stageId } from "./stage.ts";

/** A stage list in an order that cannot run: a programming error, raised when the pipeline is built. */
export class PipelineOrderError extends Error {}

/** An ordered list of stages, checked once so that every stage's requirements come before it. */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const available = new Set<LayerName>();
    for (const stage of stages) {
      const missing = stage.requires.filter((name) => !available.has(name));
      if (missing.length > 0) {
        throw new PipelineOrderError(
          `stage ${stageId(stage)} requires ${missing.join(", ")}, which no earlier stage assigns`,
        );
      }
      for (const name of stage.assigns) available.add(name);
    }
    this.stages = stages;
  }

  /** Runs every stage in order over the document. */
  run(doc: Doc): Doc {
    let current = doc;
    for (const stage of this.stages) {
      const out = stage.run(current);
      const extra = Object.keys(out.layers).filter((k) => !stage.assigns.includes(k as LayerName));
      if (extra.length > 0) throw new PipelineOrderError(`stage ${stageId(stage)} added undeclared ${extra}`);
      current = current.withLayers(out.layers, stageId(stage), out.messages ?? []);
    }
    return current;
  }

  /** Convenience: builds a Doc from text and metadata and runs the pipeline over it. */
  process(id: string, text: string, meta: DocMetaInput = {}): Doc {
    return this.run(new Doc(id, text, meta));
  }

  /** `name@version` of every stage, in order: recorded with stored results. */
  versions(): string[] {
    return this.stages.map(stageId);
  }
}
