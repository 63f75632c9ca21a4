import type { ExtractResult } from "../result.ts";

/** One stored document as the cross-document views read it. */
export interface DossierDoc {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly result: ExtractResult;
}

/** A span of a stored document, with enough context to show and link it. */
export interface Evidence {
  docId: string;
  title: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
}

/** Evidence for a span of one document. */
export function evidenceOf(doc: DossierDoc, span: { start: number; end: number }): Evidence {
  return {
    docId: doc.id,
    title: doc.title,
    published: doc.published,
    start: span.start,
    end: span.end,
    text: doc.result.text.slice(span.start, span.end),
  };
}

/** Orders ISO dates with unknown dates last. */
export function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
