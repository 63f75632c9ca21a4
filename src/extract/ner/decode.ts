import type { PreparedDoc } from "./features.ts";
import { mix, mix3 } from "./hash.ts";
import { allowed, canEnd, labelType, NUM_LABELS } from "./labels.ts";
import { ROLE_NEXT, ROLE_NEXT2, ROLE_PREV, ROLE_PREV2, ROLE_SELF, type WordInfo } from "./word-info.ts";

function roleFeatures(word: WordInfo, role: number): readonly [Int32Array, number, number] {
  const list = word.roles[role] as Int32Array;
  return [list, 0, list.length];
}

/** Where the decoder reads weights. */
export interface WeightTable {
  /** Adds one feature's per-label weights to `scores`. */
  addScores(feature: number, scores: Float64Array): void;
  /** Adds the weights of a word's features in one role (a run-time table caches their sums). */
  addWord(word: WordInfo, role: number, scores: Float64Array): void;
  /**
   * Optional fast path for the label-history features (previous labels, in-document history), whose
   * few values a fixed table can pre-sum; `feature` gives their hashes. Training tables omit it.
   */
  addHistory?(p2: number, p1: number, seen: number, scores: Float64Array): void;
}

/** The hashes of the label-history features, shared by the decoder and the tables that pre-sum them. */
export const historyFeature = {
  p1: (p1: number): number => mix(T.p1, p1),
  p2p1: (p2: number, p1: number): number => mix(T.p2p1, p2 * 32 + p1),
  seen: (seen: number): number => mix(T.history, seen),
};

/** Label value for "before the sentence" in the label-history features. */
export const BOS = NUM_LABELS;

/** Called on a wrong prediction during training, with the token's feature lists. */
export type Update = (
  lists: readonly (readonly [Int32Array, number, number])[],
  word: WordInfo,
  gold: number,
  pred: number,
) => void;

const T = { p1: 60, p2p1: 61, p1Lw: 62, p1Shape: 63, history: 64, historyShape: 65 } as const;
const SEEN_O = 16;

// ALLOWED[(prev + 1) * NUM_LABELS + next]: the transition constraint, precomputed (prev -1 = start).
const ALLOWED = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
for (let p = -1; p < NUM_LABELS; p++)
  for (let l = 0; l < NUM_LABELS; l++) ALLOWED[(p + 1) * NUM_LABELS + l] = allowed(p, l) ? 1 : 0;
const ENDS = Uint8Array.from({ length: NUM_LABELS }, (_, l) => (canEnd(l) ? 1 : 0));

/**
 * Greedy left-to-right BILOU decoding of a whole document (sentence by sentence), with the two
 * previous labels and the in-document prediction history ("this word was tagged PER earlier") as
 * features. Invalid transitions are excluded, so the output is always well formed.
 * With `gold` and `update`, wrong predictions are passed to the learner (perceptron training).
 */
export function decodeDoc(
  doc: PreparedDoc,
  table: WeightTable,
  gold?: Uint8Array,
  update?: Update,
): Uint8Array {
  const labels = new Uint8Array(doc.words.length);
  const scores = new Float64Array(NUM_LABELS);
  const extra = new Int32Array(6);
  const history = new Map<number, number>();
  const { feats, offsets, sentenceStarts, words, historyKeys } = doc;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const from = sentenceStarts[s] as number;
    const to = sentenceStarts[s + 1] as number;
    let p1 = BOS;
    let p2 = BOS;
    for (let i = from; i < to; i++) {
      const w = words[i];
      if (w === undefined) break;
      const key = historyKeys[i] as number;
      const seen = key === 0 ? 0 : (history.get(key) ?? 0);
      extra[0] = mix3(T.p1Lw, p1, w.lw);
      extra[1] = mix3(T.p1Shape, p1, w.short);
      extra[2] = mix3(T.historyShape, seen, w.short);
      extra[3] = historyFeature.p1(p1);
      extra[4] = historyFeature.p2p1(p2, p1);
      extra[5] = historyFeature.seen(seen);
      scores.fill(0);
      const f0 = offsets[i] as number;
      const f1 = offsets[i + 1] as number;
      const first = i === from;
      const prevWord = first ? doc.boundary : (words[i - 1] as WordInfo);
      const nextWord = i + 1 < to ? (words[i + 1] as WordInfo) : doc.boundary;
      const prev2Word = i - 2 >= from ? (words[i - 2] as WordInfo) : doc.boundary;
      const next2Word = i + 2 < to ? (words[i + 2] as WordInfo) : doc.boundary;
      table.addWord(w, ROLE_SELF, scores);
      table.addWord(prevWord, ROLE_PREV, scores);
      table.addWord(nextWord, ROLE_NEXT, scores);
      table.addWord(prev2Word, ROLE_PREV2, scores);
      table.addWord(next2Word, ROLE_NEXT2, scores);
      for (let f = f0; f < f1; f++) table.addScores(feats[f] as number, scores);
      if (table.addHistory) {
        for (let e = 0; e < 3; e++) table.addScores(extra[e] as number, scores);
        table.addHistory(p2, p1, seen, scores);
      } else for (let e = 0; e < extra.length; e++) table.addScores(extra[e] as number, scores);
      const prev = p1 === BOS ? -1 : p1;
      const last = i === to - 1;
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      const row = (prev + 1) * NUM_LABELS;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (ALLOWED[row + l] === 0 || (last && ENDS[l] === 0)) continue;
        const sc = scores[l] as number;
        if (sc > bestScore) {
          bestScore = sc;
          best = l;
        }
      }
      if (gold && update && gold[i] !== best)
        update(
          [
            [feats, f0, f1],
            roleFeatures(w, ROLE_SELF),
            roleFeatures(prevWord, ROLE_PREV),
            roleFeatures(nextWord, ROLE_NEXT),
            roleFeatures(prev2Word, ROLE_PREV2),
            roleFeatures(next2Word, ROLE_NEXT2),
            [extra, 0, extra.length],
          ],
          w,
          gold[i] as number,
          best,
        );
      labels[i] = best;
      if (key !== 0) {
        const type = labelType(best);
        history.set(key, seen | (type >= 0 ? 1 << type : SEEN_O));
      }
      p2 = p1;
      p1 = best;
    }
  }
  return labels;
}

/** Adds Σ_d vector[d] · dense[d, label] to each label's score. */
export function addDense(dense: Float32Array, vector: Float32Array | null, scores: Float64Array): void {
  if (!vector) return;
  for (let d = 0; d < vector.length; d++) {
    const x = vector[d] as number;
    const base = d * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + x * (dense[base + l] as number);
  }
}
