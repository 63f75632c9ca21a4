import { contentId } from "../../src/services/input.ts";
import type { ExtractResult } from "../../src/services/result.ts";
import type { DocumentRecord } from "../../src/store/store.ts";

/** The span of the first `needle` in `text` (fails loudly when absent, so fixtures stay honest). */
export function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the fixture text`);
  return { start, end: start + needle.length };
}

/** A fictional report with one of each fact kind, written for these tests. */
export const SAMPLE =
  "Relief chief Dana Orlo said the Veltran Aid Network (VAN) reached “about 3,000 families” on Monday.\n\n" +
  "According to VAN, roads near Port Kesh\u00a0remain closed.";

const QUOTE = { direct: true, speakerSpan: null, chain: [], hedged: false };
const FIGURE = {
  unit: "count",
  whatSpan: null,
  place: null,
  period: null,
  source: "e1",
  sourceSpan: null,
  hxl: null,
};

export interface RecordOptions {
  title?: string | null;
  published?: string | null;
  stages?: string[];
  externalId?: string | null;
  source?: string | null;
  facts?: boolean;
}

/** A result object in the contract's shape, with facts found by `at` when `facts` is true. */
export function makeRecord(text: string, options: RecordOptions = {}): DocumentRecord {
  const stages = options.stages ?? ["tokens@1", "entities@1", "quotes@1", "figures@1", "times@1"];
  const facts = options.facts ?? text === SAMPLE;
  const result: ExtractResult = {
    id: options.externalId ?? contentId(text),
    title: options.title ?? null,
    published: options.published ?? null,
    text,
    meta: { byline: null, url: null, format: "text", dateline: null, credits: [] },
    entities: facts
      ? [
          {
            id: "e1",
            type: "PERSON",
            name: "Dana Orlo",
            aliases: [],
            mentions: [{ ...at(text, "Dana Orlo"), via: "ner" }],
          },
          {
            id: "e2",
            type: "ORG",
            name: "Veltran Aid Network",
            aliases: ["VAN"],
            mentions: [
              { ...at(text, "Veltran Aid Network"), via: "ner" },
              { ...at(text, "VAN"), via: "acronym" },
              { ...at(text, "VAN", at(text, "VAN").end), via: "acronym" },
            ],
          },
        ]
      : [],
    roles: [],
    quotes: facts
      ? [{ ...at(text, "about 3,000 families"), ...QUOTE, speaker: "e1", cue: at(text, "said") }]
      : [],
    figures: facts
      ? [{ ...at(text, "about 3,000"), ...FIGURE, value: 3000, qualifier: "about", what: "families" }]
      : [],
    times: facts ? [{ ...at(text, "Monday"), type: "DATE", value: "2025-03-03", anchor: "published" }] : [],
    events: [],
    proposals: [],
    stances: [],
    messages: facts
      ? [{ ...at(text, "Port Kesh"), rule: "test.rule", message: "a test message", source: "tokens@1" }]
      : [],
    stages,
  };
  const provenance = { entities: "entities@1", quotes: "quotes@1", figures: "figures@1", times: "times@1" };
  return {
    id: contentId(text),
    externalId: options.externalId ?? null,
    source: options.source ?? null,
    result,
    provenance,
  };
}
