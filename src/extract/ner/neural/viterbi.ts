/** CRF scores: transitions[prev * labels + next], plus start and end scores per label. */
export interface CrfScores {
  readonly labels: number;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
  /** Per next label, the previous labels it may follow (forbidden moves are never scored). */
  readonly from: readonly Int32Array[];
}

/** Transitions at or below this score are forbidden moves (the trainer writes -1e4 for them). */
const FORBIDDEN = -1000;

/** CRF scores from the model file's nested arrays, with the allowed moves listed once. */
export function crfScores(
  transitions: readonly (readonly number[])[],
  start: readonly number[],
  end: readonly number[],
): CrfScores {
  const labels = start.length;
  const flat = Float32Array.from(transitions.flat());
  const from = Array.from({ length: labels }, (_, next) =>
    Int32Array.from(
      Array.from({ length: labels }, (_, prev) => prev).filter(
        (prev) => (flat[prev * labels + next] as number) > FORBIDDEN,
      ),
    ),
  );
  return { labels, transitions: flat, start: Float32Array.from(start), end: Float32Array.from(end), from };
}

/**
 * The best label sequence for `length` tokens, given per-token label scores (`emissions`, read from
 * `offset`, `labels` per token) and the CRF scores. Forbidden transitions are never taken, so the
 * result is always a well-formed BILOU sequence.
 */
export function viterbi(emissions: Float32Array, offset: number, length: number, crf: CrfScores): Uint8Array {
  const K = crf.labels;
  const out = new Uint8Array(length);
  if (length === 0) return out;
  const back = new Uint8Array(length * K);
  let score = new Float32Array(K);
  let next = new Float32Array(K);
  for (let k = 0; k < K; k++) score[k] = (crf.start[k] as number) + (emissions[offset + k] as number);
  for (let t = 1; t < length; t++) {
    const e = offset + t * K;
    for (let k = 0; k < K; k++) {
      const from = crf.from[k] as Int32Array;
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < from.length; i++) {
        const p = from[i] as number;
        const s = (score[p] as number) + (crf.transitions[p * K + k] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[k] = best + (emissions[e + k] as number);
      back[t * K + k] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let k = 1; k < K; k++)
    if ((score[k] as number) + (crf.end[k] as number) > (score[last] as number) + (crf.end[last] as number))
      last = k;
  out[length - 1] = last;
  for (let t = length - 1; t > 0; t--) out[t - 1] = back[t * K + (out[t] as number)] as number;
  return out;
}
