import { fileURLToPath } from "node:url";
import { decodeDoc, type WeightTable } from "./decode.ts";
import { prepareDoc } from "./features.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { bilouToSpans, type TokenSpan } from "./labels.ts";
import type { NerModelData } from "./model-file.ts";
import { SparseTable } from "./sparse-table.ts";
import { WordInfoCache } from "./word-info.ts";

/** The committed model file. */
export const NER_MODEL_PATH = fileURLToPath(new URL("../../../models/ner/ner-model.bin.gz", import.meta.url));

/** A loaded averaged-perceptron tagger: tags whole documents given as sentences of token forms. */
export class NerTagger {
  readonly #table: WeightTable;
  readonly words: WordInfoCache;
  readonly info: Record<string, unknown>;

  constructor(data: NerModelData) {
    this.#table = new SparseTable(data);
    this.words = new WordInfoCache(data.resources);
    this.info = data.info;
  }

  /** Entities per sentence, as token ranges within each sentence. */
  get gazetteer(): Gazetteer {
    return this.words.resources.gazetteer;
  }

  get lowerWords(): ReadonlySet<string> {
    return this.words.resources.lowerWords;
  }

  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    const doc = prepareDoc(sentences, this.words);
    const labels = decodeDoc(doc, this.#table);
    return sentences.map((_, s) =>
      bilouToSpans(labels.subarray(doc.sentenceStarts[s] ?? 0, doc.sentenceStarts[s + 1] ?? 0)),
    );
  }
}
