import type { Doc } from "../../model/doc.ts";
import type { Stage } from "../../pipeline/stage.ts";
import { detectInSentence } from "./detect.ts";
import { mergeMentions } from "./merge.ts";
import type { PlacedTimex } from "./time.ts";
import type { EventRecord } from "./types.ts";
import { TokenView } from "./view.ts";

/** Options of the events stage. */
export interface EventsOptions {
  /**
   * Keep negated and hypothetical mentions (with their `modality`). The model's Event has no
   * modality field yet, so the default drops them: every event in the layer is asserted.
   */
  readonly keepNonFactual?: boolean;
}

/** Finds the typed events of a document: triggers, participants, time, place; merged per happening. */
export function extractEvents(doc: Doc, options: EventsOptions = {}): EventRecord[] {
  const v = new TokenView(doc);
  const times = doc.maybe("times");
  const placed: PlacedTimex[] = times.map((timex, index) => {
    const toks = v.tokensIn(timex);
    const first = toks[0] ?? v.firstTokenFrom(timex.start);
    return { index, timex, first, last: toks[toks.length - 1] ?? first };
  });
  const mentions: EventRecord[] = [];
  for (const [start, end] of v.sentenceBounds)
    mentions.push(...detectInSentence(v, start, end, times, placed));
  const kept = options.keepNonFactual ? mentions : mentions.filter((e) => e.modality === "asserted");
  return mergeMentions(kept, { text: doc.text, times }).map((e, i) => ({ ...e, id: `v${i + 1}` }));
}

/** Builds an events stage; `eventsStage` is the default one. */
export function createEventsStage(options: EventsOptions = {}): Stage {
  return {
    name: "events",
    version: "21",
    requires: ["tokens", "sentences"],
    assigns: ["events"],
    run: (doc) => ({ layers: { events: extractEvents(doc, options) } }),
  };
}

/** Adds the `events` layer; reads `entities`, `mentions` and `times` when earlier stages added them. */
export const eventsStage: Stage = createEventsStage();
