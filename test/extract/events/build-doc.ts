import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import type { Doc } from "../../../src/model/doc.ts";
import type { Entity, EntityType, Mention, Timex, TimexType } from "../../../src/model/layers.ts";
import type { Span } from "../../../src/model/span.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";

/**
 * A surface string to find in the text; `nth` picks its n-th occurrence (1-based), `within` looks
 * for it inside the first occurrence of a longer context ("her" within "In her letter").
 */
export type Needle = string | { readonly text: string; readonly nth?: number; readonly within?: string };

/** Hand-made layers for a fixture, written as surface strings. */
export interface FixtureLayers {
  readonly entities?: readonly { id: string; type: EntityType; mentions: readonly Needle[] }[];
  readonly times?: readonly { at: Needle; value: string; type?: TimexType }[];
}

/** The span of a needle in the text; throws when it is absent so a typo fails loudly. */
export function find(text: string, needle: Needle): Span {
  const { text: s, nth = 1, within } = typeof needle === "string" ? { text: needle } : needle;
  if (within !== undefined) {
    const outer = find(text, within);
    const inner = text.slice(outer.start, outer.end).indexOf(s);
    if (inner < 0) throw new Error(`"${s}" not in "${within}"`);
    return { start: outer.start + inner, end: outer.start + inner + s.length };
  }
  let at = -1;
  for (let n = 0; n < nth; n++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" (#${nth}) not in fixture text`);
  }
  return { start: at, end: at + s.length };
}

const base = new Pipeline([tokensStage, sentencesStage]);

/** Tokens and sentences from the real stages, entities and times made by hand (no other helper's code). */
export function buildDoc(text: string, layers: FixtureLayers = {}): Doc {
  const doc = base.process("fixture", text, { published: "2031-05-14" });
  const entities: Entity[] = (layers.entities ?? []).map((e) => {
    const mentions: Mention[] = e.mentions.map((n) => ({ ...find(text, n), type: e.type, via: "rule" }));
    const name = text.slice(mentions[0]?.start ?? 0, mentions[0]?.end ?? 0);
    return { id: e.id, type: e.type, name, aliases: [], mentions };
  });
  const times: Timex[] = (layers.times ?? []).map((t) => ({
    ...find(text, t.at),
    type: t.type ?? "DATE",
    value: t.value,
    anchor: "published",
  }));
  return doc.withLayers({ entities, mentions: entities.flatMap((e) => e.mentions), times }, "fixture@1");
}
