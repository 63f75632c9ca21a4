import type { Store } from "../store/store.ts";
import type { ExtractResult } from "./result.ts";
import { applyReviews, type Review } from "./reviews.ts";

/** Code-point offset of a UTF-16 offset: W3C selectors count characters, JavaScript counts code units. */
function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= utf16) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}

/**
 * W3C Web Annotations (JSON-LD) for every fact of one document, each targeting its span with both a
 * TextQuoteSelector (exact text with 32 characters of context) and a TextPositionSelector.
 */
export function annotationsOf(docId: string, r: ExtractResult, source: string | null): object[] {
  const target = source ?? `urn:sitrep:document:${docId}`;
  const out: object[] = [];
  const add = (
    kind: string,
    span: { start: number; end: number },
    body: Record<string, unknown>,
    stage: string | undefined,
  ): void => {
    out.push({
      id: `urn:sitrep:${docId}:${kind}:${span.start}-${span.end}`,
      type: "Annotation",
      motivation: "classifying",
      creator: { type: "Software", name: stage ?? "sitrep" },
      body: {
        type: "TextualBody",
        purpose: "tagging",
        format: "application/json",
        value: JSON.stringify({ kind, ...body }),
      },
      target: {
        source: target,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: r.text.slice(span.start, span.end),
            prefix: r.text.slice(Math.max(0, span.start - 32), span.start),
            suffix: r.text.slice(span.end, span.end + 32),
          },
          {
            type: "TextPositionSelector",
            start: codePointOffset(r.text, span.start),
            end: codePointOffset(r.text, span.end),
          },
        ],
      },
    });
  };
  const stage = (name: string): string | undefined => r.stages.find((s) => s.startsWith(`${name}@`));
  const name = (id: string | null): string | null => r.entities.find((e) => e.id === id)?.name ?? null;
  for (const e of r.entities)
    for (const m of e.mentions)
      add("actor", m, { type: e.type, name: e.name }, stage("actors") ?? stage("ner"));
  for (const q of r.quotes) add("quote", q, { direct: q.direct, speaker: name(q.speaker) }, stage("quotes"));
  for (const f of r.figures)
    add(
      "figure",
      f,
      { value: f.value, unit: f.unit, what: f.what, source: name(f.source), hxl: f.hxl },
      stage("figures"),
    );
  for (const t of r.times) add("time", t, { type: t.type, value: t.value }, stage("time"));
  for (const e of r.events) add("event", e.trigger, { type: e.type }, stage("events"));
  return out;
}

/** Streams the annotations of every stored document (reviews applied) as one JSON-LD collection. */
export async function exportAnnotations(
  store: Store,
  reviewsOf: (docId: string) => Promise<Review[]>,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  await write('{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","items":[');
  let n = 0;
  for await (const doc of store.iterateDocuments()) {
    for (const a of annotationsOf(
      doc.id,
      applyReviews(doc.result, await reviewsOf(doc.id)),
      doc.result.meta?.url ?? null,
    )) {
      await write(`${n === 0 ? "\n" : ",\n"}${JSON.stringify(a)}`);
      n++;
    }
  }
  await write(`\n],"total":${n}}\n`);
  return n;
}
