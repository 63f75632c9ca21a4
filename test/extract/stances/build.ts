import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { stancesStage } from "../../../src/extract/stances/stage.ts";
import type { ProposalRecord, StanceRecord } from "../../../src/extract/stances/types.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { Doc } from "../../../src/model/doc.ts";
import type { Entity, EntityType, Layers, Mention, Quote, Timex } from "../../../src/model/layers.ts";
import type { Span } from "../../../src/model/span.ts";

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in fixture`);
  }
  return { start: at, end: at + needle.length };
}

/** A hand-made entity whose mentions are the given (needle, nth) pairs of the text. */
export function entity(
  text: string,
  id: string,
  type: EntityType,
  name: string,
  needles: readonly (string | [string, number])[],
): Entity {
  const mentions: Mention[] = needles.map((n) => {
    const [needle, nth] = typeof n === "string" ? [n, 0] : n;
    const via = /^(?:he|she|they|it)$/i.test(needle) ? "pronoun" : "ner";
    return { ...find(text, needle, nth), type, via };
  });
  return { id, type, name, aliases: [], mentions };
}

/** A hand-made quote: content `needle`, spoken by entity `speaker` through mention `speakerNeedle`. */
export function quote(
  text: string,
  needle: string,
  speaker: string | null,
  speakerNeedle: string | null,
  direct = true,
): Quote {
  return {
    ...find(text, needle),
    direct,
    speaker,
    speakerSpan: speakerNeedle ? find(text, speakerNeedle) : null,
    cue: null,
    chain: [],
    hedged: false,
  };
}

/** A hand-made DATE. */
export function date(text: string, needle: string, value: string): Timex {
  return { ...find(text, needle), type: "DATE", value, anchor: "published" };
}

/**
 * A Doc with real tokens and sentences, the given hand-made layers (entities' mentions double as
 * the `mentions` layer), then the stances stage.
 */
export function run(
  text: string,
  layers: Partial<Layers> = {},
  published: string | null = "2031-03-05",
): { doc: Doc; proposals: ProposalRecord[]; stances: StanceRecord[] } {
  let doc = new Doc("fixture", text, { published });
  for (const stage of [tokensStage, sentencesStage]) doc = doc.withLayers(stage.run(doc).layers, stage.name);
  const mentions = layers.mentions ?? layers.entities?.flatMap((e) => e.mentions);
  doc = doc.withLayers(mentions ? { ...layers, mentions } : layers, "test@1");
  doc = doc.withLayers(stancesStage.run(doc).layers, "stances@1");
  return {
    doc,
    proposals: doc.get("proposals") as ProposalRecord[],
    stances: doc.get("stances") as StanceRecord[],
  };
}

/** The text of a span (or null). */
export const at = (doc: Doc, span: Span | null | undefined): string | null => (span ? doc.slice(span) : null);

/** The proposal phrase text of a stance. */
export const phraseOf = (doc: Doc, s: StanceRecord | undefined): string | null =>
  s ? doc.slice(s.proposalSpan) : null;
