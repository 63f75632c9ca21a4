import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { Gazetteer } from "../gazetteer.ts";

/** The committed BiLSTM-CRF model. */
export const NEURAL_MODEL_PATH = fileURLToPath(
  new URL("../../../../models/ner/ner-bilstm.bin.gz", import.meta.url),
);

/** Everything the neural tagger needs: the network, the CRF scores and the encoder's vocabularies. */
export interface NeuralModelData {
  /** The network as ONNX: (words, chars, features, reverse) → per-token label scores. */
  readonly onnx: Uint8Array;
  /** Word vocabulary: id = index + 2 (0 is padding, 1 unknown). */
  readonly words: readonly string[];
  /** Character vocabulary: id = index + 2. */
  readonly chars: readonly string[];
  /** transitions[prev][next], start[label], end[label]; forbidden moves hold a large negative score. */
  readonly transitions: readonly (readonly number[])[];
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly gazetteer: Gazetteer;
  readonly lowerWords: ReadonlySet<string>;
  readonly info: Record<string, unknown>;
}

const FORMAT = "sitrep-ner-bilstm-1";

/** gzip(4-byte header length, JSON header, ONNX bytes, NUL-separated UTF-8 word lists). */
export function encodeNeuralModel(model: NeuralModelData): Buffer {
  const text = Buffer.from(
    [
      model.words.join("\n"),
      model.chars.join("\n"),
      model.gazetteer.serialize(),
      [...model.lowerWords].join("\n"),
    ].join("\u0000"),
  );
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      onnxBytes: model.onnx.byteLength,
      transitions: model.transitions,
      start: model.start,
      end: model.end,
      info: model.info,
    }),
  );
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([len, header, model.onnx, text]), { level: 9 });
}

/** Decodes what {@link encodeNeuralModel} wrote; throws on a file of another format. */
export function decodeNeuralModel(gz: Uint8Array): NeuralModelData {
  const buf = gunzipSync(gz);
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8"));
  if (header.format !== FORMAT)
    throw new Error(`not a sitrep BiLSTM-CRF model (format ${String(header.format)})`);
  const onnxStart = 4 + headerLength;
  const onnx = buf.subarray(onnxStart, onnxStart + header.onnxBytes);
  const [words = "", chars = "", gaz = "", lower = ""] = buf
    .subarray(onnxStart + header.onnxBytes)
    .toString("utf8")
    .split("\u0000");
  return {
    onnx,
    words: words.split("\n"),
    chars: chars === "" ? [] : chars.split("\n"),
    transitions: header.transitions,
    start: header.start,
    end: header.end,
    gazetteer: Gazetteer.parse(gaz),
    lowerWords: new Set(lower.split("\n")),
    info: header.info ?? {},
  };
}
