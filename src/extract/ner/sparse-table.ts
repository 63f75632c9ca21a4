import { addDense, BOS, historyFeature, type WeightTable } from "./decode.ts";
import { NUM_LABELS } from "./labels.ts";
import type { NerModelData } from "./model-file.ts";
import { ROLE_SELF, ROLES, type WordInfo } from "./word-info.ts";

const EMPTY = -1;

/**
 * The run-time weight table: the model's sparse rows behind an open-addressing index of
 * [bucket, row] pairs. The index is small (a few MB at most) so that the frequent misses — features
 * the model dropped — rarely leave the CPU cache; only hits read a weight row. Word-level features
 * are summed once per word and role, and kept on the word (the word cache belongs to this tagger).
 */
export class SparseTable implements WeightTable {
  readonly #bucketMask: number;
  readonly #slotMask: number;
  /** slot s holds bucket at [2s] and row at [2s + 1]; bucket -1 marks an empty slot. */
  readonly #index: Int32Array;
  /** One bit per hash bucket (256 KB for 2^21): most features are absent, and this says so from cache. */
  readonly #present: Uint32Array;
  /** Weights as int16 in units of one shared scale: half the memory traffic, same label ranking. */
  readonly #weights: Int16Array;
  readonly #dense: Float32Array;
  /** Pre-summed label-history weights: [p2][p1] pairs, then the 32 history masks. */
  #history: Float64Array | null = null;

  constructor(data: NerModelData) {
    if (data.numLabels !== NUM_LABELS)
      throw new Error(`model has ${data.numLabels} labels, expected ${NUM_LABELS}`);
    this.#bucketMask = (1 << data.hashBits) - 1;
    let slots = 1024;
    while (slots < data.buckets.length * 2) slots *= 2;
    this.#slotMask = slots - 1;
    this.#index = new Int32Array(slots * 2).fill(EMPTY);
    this.#present = new Uint32Array(((1 << data.hashBits) + 31) >>> 5);
    data.buckets.forEach((bucket, row) => {
      let s = this.#slot(bucket);
      while (this.#index[2 * s] !== EMPTY) s = (s + 1) & this.#slotMask;
      this.#index[2 * s] = bucket;
      this.#index[2 * s + 1] = row;
      this.#present[bucket >>> 5] = (this.#present[bucket >>> 5] as number) | (1 << (bucket & 31));
    });
    let max = 0;
    for (const w of data.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 32767 : 1;
    this.#weights = Int16Array.from(data.weights, (w) => Math.round(w / scale));
    this.#dense = Float32Array.from(data.dense, (w) => w / scale);
  }

  #slot(bucket: number): number {
    return (Math.imul(bucket, 0x9e3779b1) >>> 7) & this.#slotMask;
  }

  addScores(feature: number, scores: Float64Array): void {
    const bucket = feature & this.#bucketMask;
    if (((this.#present[bucket >>> 5] as number) & (1 << (bucket & 31))) === 0) return;
    const index = this.#index;
    let s = this.#slot(bucket);
    for (;;) {
      const b = index[2 * s] as number;
      if (b === bucket) break;
      if (b === EMPTY) return;
      s = (s + 1) & this.#slotMask;
    }
    const base = (index[2 * s + 1] as number) * NUM_LABELS;
    const w = this.#weights;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
  }

  addHistory(p2: number, p1: number, seen: number, scores: Float64Array): void {
    if (this.#history === null) this.#history = this.#sumHistory();
    const h = this.#history;
    const pair = (p2 * (BOS + 1) + p1) * NUM_LABELS;
    const mask = ((BOS + 1) * (BOS + 1) + seen) * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++)
      scores[l] = (scores[l] as number) + (h[pair + l] as number) + (h[mask + l] as number);
  }

  #sumHistory(): Float64Array {
    const n = BOS + 1;
    const h = new Float64Array((n * n + 32) * NUM_LABELS);
    for (let p2 = 0; p2 < n; p2++)
      for (let p1 = 0; p1 < n; p1++) {
        const sum = h.subarray((p2 * n + p1) * NUM_LABELS, (p2 * n + p1 + 1) * NUM_LABELS);
        this.addScores(historyFeature.p1(p1), sum);
        this.addScores(historyFeature.p2p1(p2, p1), sum);
      }
    for (let seen = 0; seen < 32; seen++)
      this.addScores(
        historyFeature.seen(seen),
        h.subarray((n * n + seen) * NUM_LABELS, (n * n + seen + 1) * NUM_LABELS),
      );
    return h;
  }

  addWord(word: WordInfo, role: number, scores: Float64Array): void {
    let cached = word.scores;
    if (cached === null) {
      cached = new Float64Array(ROLES * NUM_LABELS);
      for (let r = 0; r < ROLES; r++) {
        const sum = cached.subarray(r * NUM_LABELS, (r + 1) * NUM_LABELS);
        for (const f of word.roles[r] as Int32Array) this.addScores(f, sum);
        if (r === ROLE_SELF) addDense(this.#dense, word.vector, sum);
      }
      word.scores = cached;
    }
    const base = role * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + (cached[base + l] as number);
  }
}
