import type { Gazetteer } from "./gazetteer.ts";

/**
 * Word-level knowledge baked into the model file at training time, so nothing is read or fetched
 * at run time: word clusters, gazetteer names, and the words that news usually writes in lower case.
 */
export interface NerResources {
  /** Lower-cased word → packed cluster ids (coarse << 20 | middle << 10 | fine). */
  readonly clusters: ReadonlyMap<string, number>;
  readonly gazetteer: Gazetteer;
  /** Words seen mostly in lower case inside sentences of the training corpus ("police", "said"). */
  readonly lowerWords: ReadonlySet<string>;
  /** Word vectors (quantised) for the most frequent words: dense features of the word itself. */
  readonly vectors: WordVectors;
}

/** `rows` words' vectors as int8 × `scale`, row-major; `index` maps a lower-cased word to its row. */
export interface WordVectors {
  readonly dim: number;
  readonly scale: number;
  readonly words: readonly string[];
  readonly data: Int8Array;
  readonly index: ReadonlyMap<string, number>;
}

/** The float vector of a word, or null when it has none. */
export function wordVector(vectors: WordVectors, word: string): Float32Array | null {
  const row = vectors.index.get(word);
  if (row === undefined) return null;
  const out = new Float32Array(vectors.dim);
  for (let d = 0; d < vectors.dim; d++)
    out[d] = (vectors.data[row * vectors.dim + d] as number) * vectors.scale;
  return out;
}

/** The cluster ids of a packed code, coarse to fine. */
export function unpackClusters(code: number): [number, number, number] {
  return [(code >>> 20) & 1023, (code >>> 10) & 1023, code & 1023];
}

/** Packs coarse, middle and fine cluster ids (each below 1024). */
export function packClusters(coarse: number, middle: number, fine: number): number {
  return (coarse << 20) | (middle << 10) | fine;
}
