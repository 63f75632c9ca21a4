import type { ResultJson, ReviewJson, Span } from "./types.ts";

/** Every kind of fact the reader highlights, in drawing order (outermost first). */
export const KINDS = ["quote", "event", "figure", "time", "actor", "message"] as const;
export type Kind = (typeof KINDS)[number];

/** One highlightable fact of a document: its kind, its span, and the item it came from. */
export interface Fact extends Span {
  kind: Kind;
  /** Layer name the review API uses: quotes, figures, times, events, entities, messages. */
  layer: string;
  label: string;
  item: unknown;
  review: ReviewJson | null;
}

const LAYER: Record<Kind, string> = {
  quote: "quotes",
  event: "events",
  figure: "figures",
  time: "times",
  actor: "entities",
  message: "messages",
};

/** Flattens a result into highlightable facts, each with the latest review of its span, if any. */
export function factsOf(result: ResultJson, reviews: ReviewJson[]): Fact[] {
  const reviewOf = (layer: string, s: Span): ReviewJson | null =>
    reviews.findLast(
      (r) =>
        r.kind === layer &&
        (r as ReviewJson & Span).start === s.start &&
        (r as ReviewJson & Span).end === s.end,
    ) ?? null;
  const fact = (kind: Kind, s: Span, label: string, item: unknown): Fact => ({
    kind,
    layer: LAYER[kind],
    start: s.start,
    end: s.end,
    label,
    item,
    review: reviewOf(LAYER[kind], s),
  });
  const facts: Fact[] = [];
  for (const q of result.quotes)
    facts.push(fact("quote", q, q.direct ? "direct quote" : "reported speech", q));
  for (const e of result.events) facts.push(fact("event", e.trigger, `event: ${e.type}`, e));
  for (const f of result.figures) facts.push(fact("figure", f, "figure", f));
  for (const t of result.times) facts.push(fact("time", t, `date: ${t.value}`, t));
  for (const e of result.entities)
    for (const m of e.mentions) facts.push(fact("actor", m, `${e.type}: ${e.name}`, e));
  for (const m of result.messages) facts.push(fact("message", m, `note: ${m.rule}`, m));
  return facts;
}

/** Cuts the text at every fact boundary: each piece lists the facts that cover it. */
export function segments(text: string, facts: Fact[]): { start: number; end: number; facts: Fact[] }[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of facts) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out: { start: number; end: number; facts: Fact[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    out.push({ start, end, facts: facts.filter((f) => f.start <= start && f.end >= end && f.end > f.start) });
  }
  return out;
}
