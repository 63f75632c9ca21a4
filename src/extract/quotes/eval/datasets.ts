import { readFileSync } from "node:fs";
import type { Doc } from "../../../model/doc.ts";
import type { Span } from "../../../model/span.ts";
import type { GoldQuote, PredictedQuote } from "./score.ts";

/** One evaluation document with its gold quotes. */
export interface EvalDoc {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly gold: readonly GoldQuote[];
}

interface Aligned {
  start: number;
  end: number;
  text: string;
}

function jsonl<T>(path: URL): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** The Gender Gap Tracker's 2020 evaluation set: quotes (with marks) and speakers, floating ones by name only. */
export function loadGgt(path: URL): EvalDoc[] {
  type Row = {
    doc_id: string;
    text: string;
    quotes: { reference: string | null; quote: Aligned | null; speaker: Aligned | null }[];
  };
  return jsonl<Row>(path).map((r) => ({
    id: r.doc_id,
    text: r.text,
    published: null,
    gold: r.quotes.flatMap((q) =>
      q.quote
        ? [
            {
              parts: [span(q.quote)],
              speakerSpans: q.speaker ? [span(q.speaker)] : [],
              reference: q.reference,
            },
          ]
        : [],
    ),
  }));
}

/** PolNeAR attributions: content parts, with the source phrase as speaker. */
export function loadPolnear(path: URL): EvalDoc[] {
  type Row = {
    doc_id: string;
    text: string;
    publication_date: string;
    attributions: { source: Aligned[]; content: Aligned[] }[];
  };
  return jsonl<Row>(path).map((r) => ({
    id: r.doc_id,
    text: r.text,
    published: r.publication_date,
    gold: r.attributions
      .filter((a) => a.content.length > 0)
      .map((a) => ({ parts: a.content.map(span), speakerSpans: a.source.map(span), reference: null })),
  }));
}

/** True when most of a gold quote's content lies between double quotation marks. */
export function isMarkedQuote(text: string, g: GoldQuote): boolean {
  let inside = 0;
  let total = 0;
  for (const p of g.parts) {
    const s = text.slice(Math.max(0, p.start - 1), Math.min(text.length, p.end + 1));
    total += p.end - p.start;
    for (const m of s.matchAll(/[“"][^“”"]*[”"]/g)) inside += m[0].length;
  }
  return inside >= 0.5 * total;
}

/** A seed gold quote: its text, the speaker's name, and whether it is direct. */
export interface SeedQuote {
  readonly text: string;
  readonly speaker: string;
  readonly direct: boolean;
  readonly span: Span | null;
}

/** The seed article and its gold quotes, located in the text by their wording. */
export function loadSeed(textPath: URL, goldPath: URL): { doc: EvalDoc; quotes: SeedQuote[] } {
  const text = readFileSync(textPath, "utf8");
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
    published: string;
    quotes: Omit<SeedQuote, "span">[];
  };
  const quotes = gold.quotes.map((q) => {
    const at = text.indexOf(q.text);
    return { ...q, span: at >= 0 ? { start: at, end: at + q.text.length } : null };
  });
  const goldQuotes = quotes.flatMap((q) =>
    q.span ? [{ parts: [q.span], speakerSpans: [], reference: q.speaker }] : [],
  );
  return { doc: { id: "seed", text, published: gold.published, gold: goldQuotes }, quotes };
}

/** The pipeline's quotes as predictions, with the linked entity's names when there is one. */
export function predictions(doc: Doc): PredictedQuote[] {
  const entities = new Map(doc.maybe("entities").map((e) => [e.id, e]));
  return doc.maybe("quotes").map((q) => {
    const e = q.speaker ? entities.get(q.speaker) : undefined;
    return {
      span: { start: q.start, end: q.end },
      speakerSpan: q.speakerSpan,
      speakerNames: e ? [e.name, ...e.aliases] : [],
    };
  });
}

function span(a: Aligned): Span {
  return { start: a.start, end: a.end };
}
