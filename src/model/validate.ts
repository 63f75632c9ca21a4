import type { Doc } from "./doc.ts";
import { isValidSpan, type Span } from "./span.ts";

/** One span that does not fit its document's text. */
export interface SpanProblem {
  readonly path: string;
  readonly span: Span;
}

/**
 * Walks any value (a Doc's layers, an extraction result) and returns every object with numeric
 * `start`/`end` that does not slice a text of `textLength` code units. Used by tests everywhere.
 */
export function findBadSpans(value: unknown, textLength: number, path = "$"): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const visit = (v: unknown, p: string): void => {
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) visit(item, `${p}[${i}]`);
      return;
    }
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number") {
      const span = { start: o.start, end: o.end };
      if (!isValidSpan(span, textLength)) problems.push({ path: p, span });
    }
    for (const [k, child] of Object.entries(o)) if (k !== "text") visit(child, `${p}.${k}`);
  };
  visit(value, path);
  return problems;
}

/** Every span in every layer and message of the document, checked against its text. */
export function validateDoc(doc: Doc): SpanProblem[] {
  const problems: SpanProblem[] = [];
  for (const name of doc.layerNames()) problems.push(...findBadSpans(doc.get(name), doc.text.length, name));
  problems.push(...findBadSpans(doc.messages, doc.text.length, "messages"));
  return problems;
}
