import { existsSync } from "node:fs";
import { defaultPipeline } from "../../../pipeline/default.ts";
import { Pipeline } from "../../../pipeline/pipeline.ts";
import type { Stage } from "../../../pipeline/stage.ts";
import { eventsStage } from "../stage.ts";

/** The planned stages before events, by name and source folder (see the helper brief). */
const PLANNED = ["ner", "actors", "time", "quotes", "figures"] as const;
const FOLDER: Record<string, string> = {
  ner: "ner",
  actors: "actors",
  time: "time",
  quotes: "quotes",
  figures: "figures",
};

function isStage(x: unknown): x is Stage {
  return typeof x === "object" && x !== null && typeof (x as Stage).run === "function" && "assigns" in x;
}

/**
 * defaultPipeline() plus, for stages the lead has not registered yet, the ones other helpers have
 * written (imported when their file loads and they run on `probe`), then the events stage if it is not registered.
 */
export async function eventsPipeline(probe: string): Promise<{ pipeline: Pipeline; loaded: string[] }> {
  const stages = [...defaultPipeline().stages];
  const loaded: string[] = [];
  for (const name of PLANNED) {
    if (stages.some((s) => s.name === name)) continue;
    const file = new URL(`../../${FOLDER[name]}/stage.ts`, import.meta.url);
    if (!existsSync(file)) continue;
    try {
      const mod = (await import(file.href)) as Record<string, unknown>;
      const stage = Object.values(mod).find((x) => isStage(x) && x.name === name) as Stage | undefined;
      if (!stage) continue;
      // Throws when its requirements are not met or it cannot run yet (e.g. a model not trained).
      new Pipeline([...stages, stage]).process("probe", probe, { published: "2025-01-01" });
      stages.push(stage);
      loaded.push(name);
    } catch (err) {
      console.error(`(skipping stage ${name}: ${(err as Error).message.split("\n")[0]})`);
    }
  }
  if (!stages.some((s) => s.name === "events")) {
    const at = stages.findIndex((s) => s.name === "stances");
    stages.splice(at < 0 ? stages.length : at, 0, eventsStage);
    loaded.push("events");
  }
  return { pipeline: new Pipeline(stages), loaded };
}
