import type { Span } from "../../model/span.ts";
import type { TriggerContext } from "./context.ts";
import { headOf, type Phrase, phraseRight } from "./phrases.ts";
import type { EventType } from "./types.ts";
import { PLACE_NOUNS } from "./words.ts";

/** The place an event is linked to: an entity id when a GPE/LOC names it, and the words. */
export interface PlaceLink {
  readonly entity: string | null;
  readonly span: Span;
}

const LOCATIVE = new Set(["in", "at", "near", "outside", "inside", "across", "throughout"]);
const DIRECTIONAL: Partial<Record<EventType, readonly string[]>> = {
  deployment: ["to", "into"],
  displacement: ["to", "into"],
  withdrawal: ["from"],
};

/**
 * Links the place of an event: "in/at <place>" after the trigger in its clause segment, else
 * before it in the sentence with no other trigger between; "to <place>" for deployments.
 * "<country>’s capital, <city>" resolves to the city. Only GPE/LOC entities or place nouns count.
 */
export function linkPlace(c: TriggerContext, taken: ReadonlySet<number>): PlaceLink | null {
  const { v, m } = c;
  const preps = new Set([...LOCATIVE, ...(DIRECTIONAL[m.entry.type] ?? [])]);
  const end = Math.min(c.segmentEnd, c.nextTrigger);
  for (let k = m.last + 1; k < end; k++) {
    if (taken.has(k) || !preps.has(v.at(k))) continue;
    const link = placeAt(c, k + 1, end);
    if (link) return link;
  }
  let floor = c.sentenceStart;
  for (const b of c.blocked) if (b < m.first && b + 1 > floor) floor = b + 1;
  for (let k = floor; k < m.first; k++) {
    if (taken.has(k) || !LOCATIVE.has(v.at(k))) continue;
    const link = placeAt(c, k + 1, m.first);
    if (link) return link;
  }
  return null;
}

function placeAt(c: TriggerContext, from: number, end: number): PlaceLink | null {
  const { v } = c;
  const p = phraseRight(v, from, end, c.blocked);
  if (!p) return null;
  const head = headOf(v, p);
  // "Orvane’s capital, Belk": the named city after the comma is the place.
  if (["capital", "city", "town", "province", "region"].includes(v.at(head)) && v.at(p.last + 1) === ",") {
    const named = phraseRight(v, p.last + 2, c.sentenceEnd, c.blocked);
    if (named && isPlaceEntity(c, named)) return asLink(c, named);
  }
  // "the border town of Kalo": the named place after "of".
  if (v.at(p.last + 1) === "of" && PLACE_NOUNS.has(v.at(head))) {
    const named = phraseRight(v, p.last + 2, c.sentenceEnd, c.blocked);
    if (named && isPlaceEntity(c, named)) return asLink(c, named);
    if (named && v.isCapitalized(named.first)) return { entity: null, span: v.spanOf(p.first, named.last) };
  }
  if (isPlaceEntity(c, p)) return asLink(c, p);
  return PLACE_NOUNS.has(v.at(head)) ? { entity: null, span: v.spanOf(p.first, p.last) } : null;
}

function isPlaceEntity(c: TriggerContext, p: Phrase): boolean {
  const ref = c.v.mentionAt(headOf(c.v, p));
  return ref !== undefined && (ref.type === "GPE" || ref.type === "LOC");
}

function asLink(c: TriggerContext, p: Phrase): PlaceLink {
  const ref = c.v.mentionAt(headOf(c.v, p));
  return { entity: ref?.entity ?? null, span: c.v.spanOf(p.first, p.last) };
}
