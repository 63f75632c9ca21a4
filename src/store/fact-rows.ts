import type { DocumentRecord, ReviewRecord } from "./store.ts";

type Span = { start: number; end: number };
type Row = Span & { stage: string };

/**
 * The facts of one extraction result as flat rows, ready for any SQL adapter. Each row carries the
 * `stage@version` that produced it, and `surface` (= `text.slice(start, end)`) so queries need not
 * slice the text: SQL `substr` counts code points, not the UTF-16 units offsets are in.
 */
export interface FactRows {
  entities: { entityId: string; type: string; name: string; aliases: string[]; stage: string }[];
  mentions: (Row & { entityId: string; via: string | null; surface: string })[];
  quotes: (Row & {
    idx: number;
    direct: boolean;
    speaker: string | null;
    cueStart: number | null;
    cueEnd: number | null;
    surface: string;
  })[];
  figures: (Row & {
    idx: number;
    value: number;
    valueMax: number | null;
    unit: string | null;
    qualifier: string | null;
    what: string | null;
    source: string | null;
    place: string | null;
    hxl: string | null;
    surface: string;
  })[];
  times: (Row & { idx: number; type: string; value: string; mod: string | null; surface: string })[];
  messages: (Row & { idx: number; rule: string; message: string; suggestion: string | null })[];
}

/** Stage of a layer: the provenance map first, then the stage list entry named after the layer. */
function stageFor(record: DocumentRecord, layer: string): string {
  return record.provenance[layer] ?? record.result.stages.find((s) => s.startsWith(`${layer}@`)) ?? "unknown";
}

/** Reads the facts out of a result, in result order (`idx` is the position in its array). */
export function factRows(record: DocumentRecord): FactRows {
  const r = record.result;
  const cut = (s: Span) => r.text.slice(s.start, s.end);
  const es = stageFor(record, "entities");
  const qs = stageFor(record, "quotes");
  const fs = stageFor(record, "figures");
  const ts = stageFor(record, "times");
  return {
    entities: r.entities.map((e) => ({
      entityId: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      stage: es,
    })),
    mentions: r.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        entityId: e.id,
        start: m.start,
        end: m.end,
        via: m.via ?? null,
        surface: cut(m),
        stage: es,
      })),
    ),
    quotes: r.quotes.map((q, idx) => ({
      idx,
      start: q.start,
      end: q.end,
      direct: q.direct,
      speaker: q.speaker ?? null,
      cueStart: q.cue?.start ?? null,
      cueEnd: q.cue?.end ?? null,
      surface: cut(q),
      stage: qs,
    })),
    figures: r.figures.map((f, idx) => ({
      idx,
      start: f.start,
      end: f.end,
      value: f.value,
      valueMax: f.valueMax ?? null,
      unit: f.unit ?? null,
      qualifier: f.qualifier ?? null,
      what: f.what ?? null,
      source: f.source ?? null,
      place: f.place ?? null,
      hxl: f.hxl ?? null,
      surface: cut(f),
      stage: fs,
    })),
    times: r.times.map((t, idx) => ({
      idx,
      start: t.start,
      end: t.end,
      type: t.type,
      value: t.value,
      mod: t.mod ?? null,
      surface: cut(t),
      stage: ts,
    })),
    messages: r.messages.map((m, idx) => ({
      idx,
      start: m.start,
      end: m.end,
      rule: m.rule,
      message: m.message,
      suggestion: m.suggestion ?? null,
      stage: m.source ?? "unknown",
    })),
  };
}

/**
 * A review's column values in the order both adapters insert them (doc_id, kind, span_start,
 * span_end, action, correction_json, reviewer, at).
 */
export function reviewValues(review: ReviewRecord): (string | number | null)[] {
  return [
    review.docId,
    review.kind,
    review.start,
    review.end,
    review.action,
    review.correction ? JSON.stringify(review.correction) : null,
    review.reviewer,
    review.at,
  ];
}
