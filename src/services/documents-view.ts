import type { StoredDocument } from "../store/store.ts";

type Span = { start: number; end: number };
type Obj = Record<string, unknown>;

/** A stored document's facts, resolved for reading: spans as text, entity ids as names. */
export interface DocumentView {
  actors: { id: string; type: string; name: string; aliases: string[]; mentions: number }[];
  quotes: { text: string; direct: boolean; speaker: string | null; cue: string | null }[];
  figures: {
    text: string;
    value: number;
    qualifier: string | null;
    what: string | null;
    source: string | null;
  }[];
  times: { text: string; type: string; value: string }[];
  messages: { text: string; rule: string; message: string; suggestion: string | null }[];
}

/**
 * Builds the readable view of a stored result (for `sitrep show` and the demo). Actors come most
 * mentioned first; everything else stays in text order.
 */
export function viewDocument(doc: StoredDocument): DocumentView {
  const r = doc.result;
  const cut = (s: Span | null | undefined) => (s ? r.text.slice(s.start, s.end) : null);
  const entities = r.entities as Obj[];
  const names = new Map(entities.map((e) => [String(e.id), String(e.name)]));
  const nameOf = (id: unknown) => (typeof id === "string" ? (names.get(id) ?? id) : null);
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    actors: entities
      .map((e) => ({
        id: String(e.id),
        type: String(e.type),
        name: String(e.name),
        aliases: Array.isArray(e.aliases) ? e.aliases.map(String) : [],
        mentions: Array.isArray(e.mentions) ? e.mentions.length : 0,
      }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    quotes: (r.quotes as (Span & Obj)[]).map((q) => ({
      text: cut(q) ?? "",
      direct: q.direct === true,
      speaker: nameOf(q.speaker),
      cue: cut(q.cue as Span | null),
    })),
    figures: (r.figures as (Span & Obj)[]).map((f) => ({
      text: cut(f) ?? "",
      value: Number(f.value),
      qualifier: str(f.qualifier),
      what: str(f.what),
      source: nameOf(f.source),
    })),
    times: (r.times as (Span & Obj)[]).map((t) => ({
      text: cut(t) ?? "",
      type: String(t.type),
      value: String(t.value),
    })),
    messages: (r.messages as (Span & Obj)[]).map((m) => ({
      text: cut(m) ?? "",
      rule: String(m.rule),
      message: String(m.message),
      suggestion: str(m.suggestion),
    })),
  };
}

/** Shortens a text for one line of output, on a word boundary, with an ellipsis. */
export function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
