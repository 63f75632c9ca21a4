import { addDense, type Update, type WeightTable } from "../decode.ts";
import { NUM_LABELS } from "../labels.ts";
import { ROLE_SELF, type WordInfo } from "../word-info.ts";

/**
 * Averaged perceptron weights over a hashed feature space (2^bits buckets × labels), plus dense
 * weights for the word vector. Averaging uses the usual trick: keep w and u = Σ c·Δ, then the
 * average is w − u/c, with c counting examples seen.
 */
export class PerceptronTable implements WeightTable {
  readonly mask: number;
  readonly w: Float32Array;
  readonly #u: Float64Array;
  readonly dense: Float32Array;
  readonly #denseU: Float64Array;
  #c = 1;

  constructor(
    readonly bits: number,
    readonly dim: number,
  ) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * NUM_LABELS);
    this.#u = new Float64Array((1 << bits) * NUM_LABELS);
    this.dense = new Float32Array(dim * NUM_LABELS);
    this.#denseU = new Float64Array(dim * NUM_LABELS);
  }

  addScores(feature: number, scores: Float64Array): void {
    const base = (feature & this.mask) * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + (this.w[base + l] as number);
  }

  addWord(word: WordInfo, role: number, scores: Float64Array): void {
    for (const f of word.roles[role] as Int32Array) this.addScores(f, scores);
    if (role === ROLE_SELF) addDense(this.dense, word.vector, scores);
  }

  /** Counts `n` examples (the tokens of a document just decoded) towards the average. */
  advance(n: number): void {
    this.#c += n;
  }

  /** The learner callback for `decodeDoc`: promote the gold label, demote the predicted one. */
  readonly update: Update = (lists, word, gold, pred) => {
    for (const [feats, from, to] of lists)
      for (let f = from; f < to; f++) this.#bump(feats[f] as number, gold, pred);
    const v = word.vector;
    if (!v) return;
    for (let d = 0; d < v.length; d++) {
      const x = v[d] as number;
      const g = d * NUM_LABELS + gold;
      const p = d * NUM_LABELS + pred;
      this.dense[g] = (this.dense[g] as number) + x;
      this.#denseU[g] = (this.#denseU[g] as number) + this.#c * x;
      this.dense[p] = (this.dense[p] as number) - x;
      this.#denseU[p] = (this.#denseU[p] as number) - this.#c * x;
    }
  };

  #bump(feature: number, gold: number, pred: number): void {
    const base = (feature & this.mask) * NUM_LABELS;
    this.w[base + gold] = (this.w[base + gold] as number) + 1;
    this.#u[base + gold] = (this.#u[base + gold] as number) + this.#c;
    this.w[base + pred] = (this.w[base + pred] as number) - 1;
    this.#u[base + pred] = (this.#u[base + pred] as number) - this.#c;
  }

  /** The averaged weights, as a fixed table. */
  averaged(): DenseTable {
    const avg = new Float32Array(this.w.length);
    for (let i = 0; i < avg.length; i++) avg[i] = (this.w[i] as number) - (this.#u[i] as number) / this.#c;
    const dense = new Float32Array(this.dense.length);
    for (let i = 0; i < dense.length; i++)
      dense[i] = (this.dense[i] as number) - (this.#denseU[i] as number) / this.#c;
    return new DenseTable(this.bits, avg, dense);
  }
}

/** Fixed weights (an averaged snapshot), also the source of the pruned model rows. */
export class DenseTable implements WeightTable {
  readonly mask: number;
  constructor(
    readonly bits: number,
    readonly w: Float32Array,
    readonly dense: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
  }

  addScores(feature: number, scores: Float64Array): void {
    const base = (feature & this.mask) * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + (this.w[base + l] as number);
  }

  addWord(word: WordInfo, role: number, scores: Float64Array): void {
    for (const f of word.roles[role] as Int32Array) this.addScores(f, scores);
    if (role === ROLE_SELF) addDense(this.dense, word.vector, scores);
  }

  /** Rows whose largest absolute weight reaches `threshold`, as sparse buckets + weights. */
  sparseRows(threshold: number): { buckets: Uint32Array; weights: Float32Array } {
    const keep: number[] = [];
    for (let b = 0; b <= this.mask; b++) {
      let max = 0;
      for (let l = 0; l < NUM_LABELS; l++)
        max = Math.max(max, Math.abs(this.w[b * NUM_LABELS + l] as number));
      if (max >= threshold && max > 0) keep.push(b);
    }
    const weights = new Float32Array(keep.length * NUM_LABELS);
    keep.forEach((b, r) => {
      weights.set(this.w.subarray(b * NUM_LABELS, (b + 1) * NUM_LABELS), r * NUM_LABELS);
    });
    return { buckets: Uint32Array.from(keep), weights };
  }
}
