import type { Gazetteer } from "../gazetteer.ts";
import { bilouToSpans, type TokenSpan } from "../labels.ts";
import {
  type DocumentCues,
  documentCues,
  EncodeBuffers,
  type EncoderVocab,
  encodeSentences,
  FEATURES,
  type FormInfo,
  FormTable,
  MAX_CHARS,
} from "./encode.ts";
import type { NeuralModelData } from "./model-file.ts";
import { SyncOnnxSession } from "./ort-session.ts";
import { type CrfScores, crfScores, viterbi } from "./viterbi.ts";

/** Most sentences per network call. */
const MAX_BATCH = 128;

/**
 * Groups sentence indices (sorted by length) into network calls: a call grows while padding its
 * sentences to the longest costs at most 15% (plus 64 tokens) over their own length, so little
 * work is spent on padding and few calls pay the per-call overhead.
 */
function chunkByLength(order: readonly number[], lengthOf: (i: number) => number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let tokens = 0;
  for (const i of order) {
    const n = lengthOf(i);
    const padded = (current.length + 1) * n;
    if (current.length > 0 && (current.length >= MAX_BATCH || padded > 1.15 * (tokens + n) + 64)) {
      chunks.push(current);
      current = [];
      tokens = 0;
    }
    current.push(i);
    tokens += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The BiLSTM-CRF tagger: tags whole documents given as sentences of token forms. */
export class NeuralTagger {
  readonly vocab: EncoderVocab;
  readonly forms: FormTable;
  readonly info: Record<string, unknown>;
  readonly #session: SyncOnnxSession;
  readonly #crf: CrfScores;
  readonly #buffers = new EncodeBuffers();

  constructor(data: NeuralModelData) {
    this.vocab = {
      words: new Map(data.words.map((w, i) => [w, i + 2])),
      chars: new Map(data.chars.map((c, i) => [c, i + 2])),
      gazetteer: data.gazetteer,
      lowerWords: data.lowerWords,
    };
    this.forms = new FormTable(this.vocab);
    this.info = data.info;
    this.#session = new SyncOnnxSession(data.onnx);
    this.#crf = crfScores(data.transitions, data.start, data.end);
  }

  get gazetteer(): Gazetteer {
    return this.vocab.gazetteer;
  }

  get lowerWords(): ReadonlySet<string> {
    return this.vocab.lowerWords;
  }

  /** Entities per sentence, as token ranges within each sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    return this.tagDocuments([sentences])[0] ?? [];
  }

  /**
   * Tags many documents at once: their sentences share network calls (grouped by length across
   * documents, so there is less padding and fewer calls), while each keeps its own document cues.
   * The result is the same as tagging them one by one.
   */
  tagDocuments(docs: readonly (readonly (readonly string[])[])[]): TokenSpan[][][] {
    const out: TokenSpan[][][] = docs.map((d) => d.map(() => []));
    const infos = docs.map((d) => d.map((forms) => this.forms.sentence(forms)));
    const cues = infos.map(documentCues);
    const items: { doc: number; sentence: number; forms: readonly FormInfo[] }[] = [];
    infos.forEach((d, doc) => {
      d.forEach((forms, sentence) => {
        if (forms.length > 0) items.push({ doc, sentence, forms });
      });
    });
    items.sort((a, b) => a.forms.length - b.forms.length);
    const order = items.map((_, i) => i);
    for (const ids of chunkByLength(order, (i) => items[i]?.forms.length ?? 0)) {
      const chunk = ids.map((i) => items[i] as (typeof items)[number]);
      const enc = encodeSentences(
        chunk.map((c) => c.forms),
        this.forms,
        chunk.map((c) => cues[c.doc] as DocumentCues),
        this.#buffers,
      );
      const { batch: B, length: T } = enc;
      const result = this.#session.run(
        {
          words: { type: "int32", dims: [B, T], data: enc.words },
          type_chars: { type: "int32", dims: [enc.types, MAX_CHARS], data: enc.typeChars },
          type_of: { type: "int32", dims: [B, T], data: enc.typeOf },
          features: { type: "uint8", dims: [B, T, FEATURES], data: enc.features },
          reverse: { type: "int32", dims: [B, T], data: enc.reverse },
        },
        ["emissions"],
      );
      const emissions = result.emissions?.data as Float32Array;
      chunk.forEach((c, b) => {
        const labels = viterbi(emissions, b * T * this.#crf.labels, enc.lengths[b] ?? 0, this.#crf);
        (out[c.doc] as TokenSpan[][])[c.sentence] = bilouToSpans(labels);
      });
    }
    return out;
  }
}
