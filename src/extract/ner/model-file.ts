import { gunzipSync, gzipSync } from "node:zlib";
import { Gazetteer } from "./gazetteer.ts";
import type { NerResources } from "./resources.ts";

/** The contents of a model file: sparse feature-weight rows plus the baked-in resources. */
export interface NerModelData {
  readonly hashBits: number;
  readonly numLabels: number;
  /** Hash bucket of each stored row, ascending. */
  readonly buckets: Uint32Array;
  /** rows × numLabels weights. */
  readonly weights: Float32Array;
  /** Weights of the word-vector components: dim × numLabels. */
  readonly dense: Float32Array;
  readonly resources: NerResources;
  /** Free-form facts about how the model was trained (seed, epochs, dev F1). */
  readonly info: Record<string, unknown>;
}

const FORMAT = "sitrep-ner-1";

/**
 * Encodes a model as gzip(4-byte header length, JSON header, buckets, int16 weights, cluster codes,
 * UTF-8 word lists). Weights are quantised to int16 with one scale: lossless enough for ranking labels.
 */
export function encodeModel(model: NerModelData): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((model.weights[i] as number) / scale);
  const v = model.resources.vectors;
  const clusterWords = [...model.resources.clusters.keys()];
  const codes = Int32Array.from(clusterWords.map((w) => model.resources.clusters.get(w) ?? 0));
  const text = Buffer.from(
    [
      clusterWords.join("\n"),
      model.resources.gazetteer.serialize(),
      [...model.resources.lowerWords].join("\n"),
      v.words.join("\n"),
    ].join("\u0000"),
    "utf8",
  );
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      hashBits: model.hashBits,
      numLabels: model.numLabels,
      rows: model.buckets.length,
      scale,
      clusterWords: codes.length,
      vectorDim: v.dim,
      vectorRows: v.words.length,
      vectorScale: v.scale,
      info: model.info,
    }),
  );
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const parts = [
    len,
    header,
    bytes(model.buckets),
    bytes(q),
    bytes(codes),
    bytes(model.dense),
    bytes(v.data),
    text,
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** Decodes what `encodeModel` wrote; throws on a file of another format. */
export function decodeModel(gz: Buffer): NerModelData {
  const buf = gunzipSync(gz);
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8"));
  if (header.format !== FORMAT) throw new Error(`not a sitrep NER model (format ${String(header.format)})`);
  let at = 4 + headerLength;
  const take = (n: number): ArrayBuffer => {
    const out = buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n);
    at += n;
    return out;
  };
  const rows: number = header.rows;
  const buckets = new Uint32Array(take(rows * 4));
  const q = new Int16Array(take(rows * header.numLabels * 2));
  const codes = new Int32Array(take(header.clusterWords * 4));
  const dense = new Float32Array(take(header.vectorDim * header.numLabels * 4));
  const vectorData = new Int8Array(take(header.vectorDim * header.vectorRows));
  const [words = "", gaz = "", lower = "", vectorWords = ""] = buf
    .subarray(at)
    .toString("utf8")
    .split("\u0000");
  const vWords = vectorWords.split("\n");
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = (q[i] as number) * header.scale;
  const clusters = new Map<string, number>();
  words.split("\n").forEach((w, i) => {
    clusters.set(w, codes[i] ?? 0);
  });
  return {
    hashBits: header.hashBits,
    numLabels: header.numLabels,
    buckets,
    weights,
    dense,
    resources: {
      clusters,
      gazetteer: Gazetteer.parse(gaz),
      lowerWords: new Set(lower.split("\n")),
      vectors: {
        dim: header.vectorDim,
        scale: header.vectorScale,
        words: vWords,
        data: vectorData,
        index: new Map(vWords.map((w, i) => [w, i])),
      },
    },
    info: header.info ?? {},
  };
}
