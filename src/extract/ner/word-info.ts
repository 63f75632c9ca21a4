import { hashString, mix, mix3 } from "./hash.ts";
import {
  hasLetter,
  isAllCaps,
  isCapitalised,
  lowerKey,
  normForm,
  shortShape,
  wordShape,
} from "./normalize.ts";
import { type NerResources, unpackClusters, wordVector } from "./resources.ts";

/** Everything feature extraction needs about one word form, computed once per form and cached. */
export interface WordInfo {
  readonly lower: string;
  readonly lw: number;
  readonly short: number;
  readonly clusters: readonly [number, number, number];
  readonly cap: boolean;
  readonly caps: boolean;
  readonly letter: boolean;
  /** Contains a digit (scores, table cells). */
  readonly digit: boolean;
  /** Usually written in lower case in the training corpus. */
  readonly lexLower: boolean;
  /**
   * Feature hashes that depend on this word alone, per role it plays for the token being tagged:
   * ROLE_SELF (its form, shape, affixes, clusters), ROLE_PREV, ROLE_NEXT, ROLE_PREV2, ROLE_NEXT2
   * (its form, shape and clusters seen from a neighbour). Run-time tables cache their summed weights.
   */
  readonly roles: readonly Int32Array[];
  /** Run-time cache of the summed weights per role (ROLES × labels), filled by the weight table. */
  scores: Float64Array | null;
  /** The word's vector (dense word-local features), or null. */
  readonly vector: Float32Array | null;
}

export const ROLE_SELF = 0;
export const ROLE_PREV = 1;
export const ROLE_NEXT = 2;
export const ROLE_PREV2 = 3;
export const ROLE_NEXT2 = 4;
export const ROLES = 5;

/** Pseudo-words standing for the positions before and after a sentence. */
export const BOUNDARY_WORD = "\u0002<s>";

// Template ids of the word-level features (part of the model format).
const T = {
  bias: 100,
  w: 2,
  lw: 5,
  longShape: 13,
  short: 11,
  affix: 15,
  cluster: 23,
  clusterShape: 33,
  hyphen: 46,
  prevLw: 101,
  prevShape: 108,
  prevCluster: 114,
  nextLw: 103,
  nextShape: 110,
  nextCluster: 117,
  prev2Lw: 140,
  next2Lw: 141,
  prev2Cluster: 121,
  next2Cluster: 122,
} as const;

const NO_CLUSTER: readonly [number, number, number] = [1023, 1023, 1023];
const CACHE_LIMIT = 300_000;

/** Computes and caches word information for one set of resources. */
export class WordInfoCache {
  readonly #cache = new Map<string, WordInfo>();
  constructor(readonly resources: NerResources) {}

  get(raw: string): WordInfo {
    let info = this.#cache.get(raw);
    if (info === undefined) {
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      info = this.#compute(raw);
      this.#cache.set(raw, info);
    }
    return info;
  }

  #compute(raw: string): WordInfo {
    const form = normForm(raw);
    const lower = lowerKey(form);
    const lw = hashString(lower);
    const short = hashString(shortShape(form));
    const code = this.resources.clusters.get(lower);
    const clusters = code === undefined ? NO_CLUSTER : unpackClusters(code);
    const local = [
      mix(T.bias, 0),
      mix(T.w, hashString(form)),
      mix(T.lw, lw),
      mix(T.longShape, hashString(wordShape(form))),
    ];
    local.push(mix(T.short, short), mix3(T.clusterShape, clusters[2], short));
    for (let k = 1; k <= 4 && k < lower.length; k++) {
      local.push(mix(T.affix, mix(k, hashString(lower.slice(0, k)))));
      local.push(mix(T.affix, mix(10 + k, hashString(lower.slice(-k)))));
    }
    for (let k = 0; k < 3; k++) local.push(mix(T.cluster + k, clusters[k] as number));
    const parts = form.includes("-") && form.length > 2 ? lower.split("-").filter((p) => p.length > 0) : [];
    if (parts.length > 1) {
      local.push(mix(T.hyphen, hashString(parts[0] ?? "")));
      local.push(mix(T.hyphen + 1, hashString(parts[parts.length - 1] ?? "")));
    }
    return {
      lower,
      lw,
      short,
      clusters,
      cap: isCapitalised(form),
      caps: isAllCaps(form),
      letter: hasLetter(form),
      digit: /[0-9]/.test(form),
      lexLower: this.resources.lowerWords.has(lower),
      roles: [
        Int32Array.from(local),
        Int32Array.of(
          mix(T.prevLw, lw),
          mix(T.prevShape, short),
          ...clusters.map((c, k) => mix(T.prevCluster + k, c)),
        ),
        Int32Array.of(
          mix(T.nextLw, lw),
          mix(T.nextShape, short),
          ...clusters.map((c, k) => mix(T.nextCluster + k, c)),
        ),
        Int32Array.of(mix(T.prev2Lw, lw), mix(T.prev2Cluster, clusters[1])),
        Int32Array.of(mix(T.next2Lw, lw), mix(T.next2Cluster, clusters[1])),
      ],
      scores: null,
      vector: wordVector(this.resources.vectors, lower),
    };
  }
}
