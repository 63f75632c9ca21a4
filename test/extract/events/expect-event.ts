import { expect } from "vitest";
import type { EventRecord } from "../../../src/extract/events/types.ts";
import type { Doc } from "../../../src/model/doc.ts";

/** An event written as the strings it covers, for readable assertions. */
export interface EventView {
  type: string;
  trigger: string;
  participants: Record<string, string>;
  entities: Record<string, string | null>;
  time: string | null;
  place: string | null;
  placeSpan: string | null;
  modality: string;
}

/** Renders an event through `text.slice` of every span, so tests assert exact characters. */
export function view(doc: Doc, e: EventRecord): EventView {
  const times = doc.maybe("times");
  return {
    type: e.type,
    trigger: doc.slice(e.trigger),
    participants: Object.fromEntries(e.participants.map((p) => [p.role, doc.slice(p.span)])),
    entities: Object.fromEntries(e.participants.map((p) => [p.role, p.entity])),
    time: e.time === null ? null : (times[e.time]?.value ?? "?"),
    place: e.place,
    placeSpan: e.placeSpan ? doc.slice(e.placeSpan) : null,
    modality: e.modality,
  };
}

/** Finds the single event with the given trigger text and returns its view. */
export function eventByTrigger(doc: Doc, events: readonly EventRecord[], trigger: string): EventView {
  const hits = events.filter((e) => doc.slice(e.trigger) === trigger);
  expect(
    hits.map((e) => doc.slice(e.trigger)),
    `events: ${events.map((e) => doc.slice(e.trigger))}`,
  ).toEqual([trigger]);
  return view(doc, hits[0] as EventRecord);
}
