import { iobToSpans, NER_TYPES, type TokenSpan } from "./labels.ts";

/** Precision, recall and F1 (percent) with the counts behind them. */
export interface PRF {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Entity-level scores as conlleval computes them: a hit is an exact span with the exact type. */
export interface NerScores {
  readonly overall: PRF;
  readonly byType: Record<string, PRF>;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp > 0 ? (100 * tp) / (tp + fp) : 0;
  const recall = tp + fn > 0 ? (100 * tp) / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores predicted against gold entities, sentence by sentence (both lists aligned). */
export function scoreSpans(gold: readonly TokenSpan[][], predicted: readonly TokenSpan[][]): NerScores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(
    NER_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );
  const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? [];
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of p) {
      const c = counts.get(s.type);
      if (c) goldKeys.has(key(s)) ? c.tp++ : c.fp++;
    }
    for (const s of g) {
      const c = counts.get(s.type);
      if (c && !predKeys.has(key(s))) c.fn++;
    }
  });
  const byType: Record<string, PRF> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of counts) {
    byType[type] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { overall: prf(tp, fp, fn), byType };
}

/** Scores IOB tag sequences (IOB1 or IOB2) per sentence, as conlleval reads them. */
export function scoreTags(gold: readonly string[][], predicted: readonly string[][]): NerScores {
  return scoreSpans(gold.map(iobToSpans), predicted.map(iobToSpans));
}
