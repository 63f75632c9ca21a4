import type { DossierDoc } from "../../../src/services/dossier/types.ts";
import type { ExtractResult } from "../../../src/services/result.ts";

/** A stored-document stand-in: text plus whichever layers a test gives, the rest empty. */
export function dossierDoc(
  id: string,
  published: string | null,
  text: string,
  layers: Partial<ExtractResult>,
): DossierDoc {
  const result: ExtractResult = {
    id,
    title: `Report ${id}`,
    published,
    text,
    meta: { byline: null, url: null, format: "text", dateline: null, credits: [] },
    entities: [],
    roles: [],
    quotes: [],
    figures: [],
    times: [],
    events: [],
    proposals: [],
    stances: [],
    messages: [],
    stages: [],
    ...layers,
  };
  return { id, title: result.title, published, result };
}

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
export function at(text: string, needle: string, n = 0): { start: number; end: number } {
  let from = -1;
  for (let i = 0; i <= n; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" not found ${n + 1} times`);
  }
  return { start: from, end: from + needle.length };
}

/** An entity with mentions at the given strings' first occurrences. */
export function entity(
  text: string,
  id: string,
  type: "PERSON" | "ORG" | "GPE",
  name: string,
  forms: string[],
) {
  return {
    id,
    type,
    name,
    aliases: forms.filter((f) => f !== name),
    mentions: forms.map((f) => ({ ...at(text, f), via: "ner" as const })),
  };
}
