import { readFileSync } from "node:fs";
import { constants, gunzipSync } from "node:zlib";
import type { Gazetteer } from "./gazetteer.ts";
import type { TokenSpan } from "./labels.ts";
import { NER_MODEL_PATH, NerTagger } from "./model.ts";
import { decodeModel } from "./model-file.ts";
import { decodeNeuralModel, NEURAL_MODEL_PATH } from "./neural/model-file.ts";
import { NeuralTagger } from "./neural/tagger.ts";

/** What the NER stage and `sitrep tag` need from a trained tagger, whichever kind it is. */
export interface EntityTagger {
  /** Entities per sentence, as token ranges within each sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][];
  /** Many documents at once (a tagger may share work between them); same result as one by one. */
  tagDocuments?(docs: readonly (readonly (readonly string[])[])[]): TokenSpan[][][];
  readonly gazetteer: Gazetteer;
  /** Words the training corpus writes mostly in lower case (headline detection reads them). */
  readonly lowerWords: ReadonlySet<string>;
  readonly info: Record<string, unknown>;
}

/** The committed models: the BiLSTM-CRF (default) and the averaged perceptron. */
export const TAGGER_MODELS = { bilstm: NEURAL_MODEL_PATH, perceptron: NER_MODEL_PATH } as const;

/** Loads a model file of either kind (told apart by the format in its header). */
export function loadTagger(path: string): EntityTagger {
  const gz = readFileSync(path);
  const head = gunzipSync(gz.subarray(0, Math.min(gz.length, 4096)), {
    finishFlush: constants.Z_SYNC_FLUSH,
  }).toString("latin1", 4, 80);
  return head.includes("sitrep-ner-bilstm")
    ? new NeuralTagger(decodeNeuralModel(gz))
    : new NerTagger(decodeModel(gz));
}

/** Tags many documents, in one batch when the tagger can. */
export function tagAll(
  tagger: EntityTagger,
  docs: readonly (readonly (readonly string[])[])[],
): TokenSpan[][][] {
  return tagger.tagDocuments ? tagger.tagDocuments(docs) : docs.map((d) => tagger.tagDocument(d));
}

let loaded: EntityTagger | null = null;

/** The default tagger (the BiLSTM-CRF), loaded on first use and shared by the whole process. */
export function entityTagger(): EntityTagger {
  loaded ??= loadTagger(TAGGER_MODELS.bilstm);
  return loaded;
}
