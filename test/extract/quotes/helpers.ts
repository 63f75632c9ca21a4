import { quotesStage } from "../../../src/extract/quotes/stage.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { Doc } from "../../../src/model/doc.ts";
import type { Entity, Quote } from "../../../src/model/layers.ts";
import type { Span } from "../../../src/model/span.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";

const pipeline = new Pipeline([tokensStage, sentencesStage, quotesStage]);

/** Runs tokens → sentences → (entities, when given) → quotes over a text written for the tests. */
export function run(text: string, entities?: Entity[]): Doc {
  let doc = new Doc("t", text);
  for (const stage of pipeline.stages) {
    if (stage.name === "quotes" && entities) doc = doc.withLayers({ entities }, "test-entities");
    const out = stage.run(doc);
    doc = doc.withLayers(out.layers, stage.name, out.messages ?? []);
  }
  const bad = validateDoc(doc);
  if (bad.length > 0) throw new Error(`bad spans: ${JSON.stringify(bad)}`);
  return doc;
}

/** The quotes of a text with their spans as strings, for readable assertions. */
export function quotes(
  text: string,
  entities?: Entity[],
): (Quote & { content: string; said: string | null; by: string | null })[] {
  const s = (sp: Span | null): string | null => (sp ? text.slice(sp.start, sp.end) : null);
  return run(text, entities)
    .get("quotes")
    .map((q) => ({ ...q, content: text.slice(q.start, q.end), said: s(q.cue), by: s(q.speakerSpan) }));
}

/** The quote whose content starts with `prefix` (fails the test when there is none). */
export function quoteStarting(text: string, prefix: string, entities?: Entity[]) {
  const q = quotes(text, entities).find((x) => x.content.startsWith(prefix));
  if (!q)
    throw new Error(
      `no quote starting with ${JSON.stringify(prefix)} in ${JSON.stringify(quotes(text, entities).map((x) => x.content))}`,
    );
  return q;
}

/** A mention span for the first occurrence of `needle` in `text`. */
export function at(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length };
}
