import type { Entity } from "../../model/layers.ts";
import { contains, overlaps, type Span } from "../../model/span.ts";

const TYPE_RANK: Record<string, number> = { PERSON: 3, ORG: 2, GPE: 1 };

/**
 * The entity a speaker or chain phrase refers to: the entity with a mention inside the phrase
 * (people before organisations, the rightmost — the head of "Council President Ana Reyes" — first),
 * or else the entity whose mention contains or overlaps it. Null when none does. Nationalities (NORP) are
 * never speakers.
 */
export function linkEntity(entities: readonly Entity[], span: Span): string | null {
  let best: { id: string; score: number } | null = null;
  for (const e of entities) {
    // "an Egyptian official told …": a nationality describes the speaker, it does not speak.
    if (e.type === "NORP") continue;
    for (const m of e.mentions) {
      if (!overlaps(m, span)) continue;
      const inside = contains(span, m) ? 2 : contains(m, span) ? 1 : 0;
      // Rank: containment, then type, then how far right the mention ends (heads are final in English names).
      const score = inside * 1e9 + (TYPE_RANK[e.type] ?? 0) * 1e7 + m.end;
      if (!best || score > best.score) best = { id: e.id, score };
    }
  }
  return best?.id ?? null;
}
