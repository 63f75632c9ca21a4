import type { Event, EventParticipant } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";

/** Stable event type ids. Consumers (store, timeline) key on these; add new ones, rename none. */
export const EVENT_TYPES = [
  "attack",
  "killing",
  "death",
  "assassination",
  "arrest",
  "kidnapping",
  "displacement",
  "deployment",
  "withdrawal",
  "publication",
  "letter",
  "statement",
  "request",
  "decision",
  "vote",
  "funding",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export type ParticipantRole = EventParticipant["role"];

/** Whether the text asserts the event happened, denies it, or only considers it. */
export type Modality = "asserted" | "negated" | "hypothetical";

/**
 * An event as this stage produces it: the model's `Event` plus fields proposed for the model
 * (`placeSpan`, `modality`, `mentions`). Structural typing lets it sit in the `events` layer as is.
 */
export interface EventRecord extends Event {
  readonly type: EventType;
  /** The words naming the place, entity or not ("at his home", "in the capital, X" → "X"). */
  readonly placeSpan: Span | null;
  readonly modality: Modality;
  /** Triggers of every mention merged into this event, the first one included. */
  readonly mentions: readonly Span[];
}

/** The role of the undergoer, per type: victims for harm, themes for things moved or issued. */
export function patientRole(type: EventType): ParticipantRole {
  switch (type) {
    case "attack":
    case "killing":
    case "death":
    case "assassination":
    case "arrest":
    case "kidnapping":
    case "displacement":
      return "victim";
    default:
      return "theme";
  }
}

/** Types that may describe the same happening, for in-document merging ("killed" … "his death"). */
export function typeFamily(type: EventType): string {
  if (type === "killing" || type === "death" || type === "assassination") return "fatal";
  if (type === "letter" || type === "statement") return "message";
  if (type === "vote" || type === "decision") return "decision";
  return type;
}

/** When merged mentions disagree on type, the more specific one names the event. */
export const TYPE_SPECIFICITY: Readonly<Partial<Record<EventType, number>>> = {
  assassination: 3,
  killing: 2,
  death: 1,
  letter: 2,
  statement: 1,
  vote: 2,
  decision: 1,
};
