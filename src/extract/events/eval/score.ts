import { Pipeline } from "../../../pipeline/pipeline.ts";
import { sentencesStage } from "../../sentences/stage.ts";
import { tokensStage } from "../../tokens/stage.ts";
import { createEventsStage } from "../stage.ts";
import type { EventRecord } from "../types.ts";

/** A corpus document as sentences of tokens, with gold event mentions over token indices. */
export interface GoldDoc {
  readonly id: string;
  readonly sentences: readonly (readonly string[])[];
  /** Gold mentions: sentence index, token indices within it, and a label (type or NEG). */
  readonly mentions: readonly { sentence: number; tokens: readonly number[]; label: string }[];
  /** Sentences whose annotation is complete; others are ignored on both sides. */
  readonly scored: ReadonlySet<number>;
}

/** One predicted trigger, located in the gold token grid. */
interface Predicted {
  readonly sentence: number;
  readonly tokens: number[];
  readonly type: string;
  readonly modality: string;
}

// Trigger detection does not need entities or dates: tokens, sentences and our stage only,
// keeping hypothetical and negated mentions (the corpora annotate those as events too).
const pipeline = new Pipeline([tokensStage, sentencesStage, createEventsStage({ keepNonFactual: true })]);

/** Runs the stage over a document rebuilt from its tokens (one paragraph per sentence). */
export function predict(doc: GoldDoc): Predicted[] {
  const where: { sentence: number; token: number; start: number; end: number }[] = [];
  let text = "";
  doc.sentences.forEach((tokens, s) => {
    if (s > 0) text += "\n\n";
    tokens.forEach((t, k) => {
      if (k > 0) text += " ";
      where.push({ sentence: s, token: k, start: text.length, end: text.length + t.length });
      text += t;
    });
  });
  const out = pipeline.process(doc.id, text);
  const events = out.get("events") as readonly EventRecord[];
  return events.flatMap((e) =>
    e.mentions.map((m) => {
      const hit = where.filter((w) => w.start < m.end && m.start < w.end);
      return {
        sentence: hit[0]?.sentence ?? -1,
        tokens: hit.map((w) => w.token),
        type: e.type,
        modality: e.modality,
      };
    }),
  );
}

/** Counts for trigger precision/recall (overlap match) and for negation agreement. */
export interface Tally {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  negPredicted: number;
  negCorrect: number;
}

export const emptyTally = (): Tally => ({
  predicted: 0,
  correct: 0,
  gold: 0,
  found: 0,
  negPredicted: 0,
  negCorrect: 0,
});

/**
 * Adds one document: a prediction is correct when it shares a token with a gold mention of the
 * same sentence; a gold mention in `recallLabels` (all when null) is found when a prediction overlaps it.
 */
export function tally(
  t: Tally,
  doc: GoldDoc,
  preds: readonly Predicted[],
  recallLabels: ReadonlySet<string> | null,
): void {
  const gold = doc.mentions.filter((m) => doc.scored.has(m.sentence));
  const overlaps = (p: Predicted, g: GoldDoc["mentions"][number]): boolean =>
    p.sentence === g.sentence && p.tokens.some((k) => g.tokens.includes(k));
  for (const p of preds.filter((x) => doc.scored.has(x.sentence))) {
    t.predicted++;
    const match = gold.find((g) => overlaps(p, g));
    if (match) t.correct++;
    if (p.modality === "negated") {
      t.negPredicted++;
      if (match?.label.startsWith("NEG")) t.negCorrect++;
    }
  }
  for (const g of gold) {
    if (recallLabels && !recallLabels.has(g.label)) continue;
    t.gold++;
    if (preds.some((p) => overlaps(p, g))) t.found++;
  }
}

/** "P 61.2 (123/201)  R 10.4 (123/1180)  F1 17.8" */
export function formatTally(t: Tally): string {
  const pct = (a: number, b: number): string => (b === 0 ? "–" : ((100 * a) / b).toFixed(1));
  const p = t.correct / (t.predicted || 1);
  const r = t.found / (t.gold || 1);
  const f = p + r === 0 ? 0 : (200 * p * r) / (p + r);
  return `P ${pct(t.correct, t.predicted)} (${t.correct}/${t.predicted})  R ${pct(t.found, t.gold)} (${t.found}/${t.gold})  F1 ${f.toFixed(1)}  negated: ${t.negCorrect}/${t.negPredicted} on NEG_ gold`;
}
