import type { Gazetteer } from "../gazetteer.ts";
import { lowerKey, normForm } from "../normalize.ts";

/** Word id for padding and for words outside the vocabulary. */
export const PAD = 0;
export const UNK = 1;
/** Characters read per word: long tokens keep their first and last characters. */
export const MAX_CHARS = 16;

/**
 * Per-token input features besides the word and its characters. Order is part of the model format:
 * casing (7 one-hot), sentence is a capitals line, first token, usually-lower-case word, gazetteer
 * categories (7 bits) and position in the gazetteer name (4 one-hot), two document cues (the same
 * word written capitalised mid-sentence elsewhere in the document, or written in lower case), and
 * a hyphenated word.
 */
export const FEATURES = 24;

/** What the encoder needs besides the text: the model's vocabularies and the gazetteer. */
export interface EncoderVocab {
  readonly words: ReadonlyMap<string, number>;
  readonly chars: ReadonlyMap<string, number>;
  readonly gazetteer: Gazetteer;
  readonly lowerWords: ReadonlySet<string>;
}

/** A batch of sentences as the network reads them, padded to the longest sentence. */
export interface EncodedBatch {
  readonly batch: number;
  readonly length: number;
  readonly lengths: readonly number[];
  readonly words: Int32Array;
  /** Distinct word forms in the batch (type 0 is the empty padding word). */
  readonly types: number;
  /** Character ids of each distinct form, `MAX_CHARS` per form. */
  readonly typeChars: Int32Array;
  /** Per position, its distinct form. */
  readonly typeOf: Int32Array;
  /** `FEATURES` 0/1 values per position. */
  readonly features: Uint8Array;
  /** Per position, the index of the same token read right to left (the backward LSTM's order). */
  readonly reverse: Int32Array;
}

/** Everything the encoder reads off one word form, computed once per form. */
export interface FormInfo {
  /** Lower case, digits as 0: the vocabulary and gazetteer key. */
  readonly lower: string;
  /** Plain lower case: the document-cue key. */
  readonly folded: string;
  readonly cap: boolean;
  /** Has a letter, and has no lower-case letter. */
  readonly letter: boolean;
  readonly upper: boolean;
  readonly casing: number;
  readonly word: number;
  readonly lowerWord: boolean;
  readonly hyphen: boolean;
  readonly chars: Int32Array;
}

function casing(form: string): number {
  if (/^\d+$/.test(form)) return 4;
  if (/\d/.test(form)) return 5;
  if (!/\p{L}/u.test(form)) return 6;
  if (form === form.toLowerCase()) return 0;
  if (form.length > 1 && form === form.toUpperCase()) return 1;
  if (form[0] !== form[0]?.toLowerCase() && form.slice(1) === form.slice(1).toLowerCase()) return 2;
  return 3;
}

const CACHE_LIMIT = 200_000;

/** Computes and caches {@link FormInfo} for one vocabulary. */
export class FormTable {
  readonly #cache = new Map<string, FormInfo>();
  constructor(readonly vocab: EncoderVocab) {}

  /** The information of each form of a sentence. */
  sentence(forms: readonly string[]): FormInfo[] {
    return forms.map((f) => this.get(f));
  }

  get(raw: string): FormInfo {
    let info = this.#cache.get(raw);
    if (info === undefined) {
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      info = this.#compute(normForm(raw));
      this.#cache.set(raw, info);
    }
    return info;
  }

  #compute(form: string): FormInfo {
    const lower = lowerKey(form);
    const cs = [...form];
    const picked = cs.length <= MAX_CHARS ? cs : [...cs.slice(0, MAX_CHARS / 2), ...cs.slice(-MAX_CHARS / 2)];
    const chars = new Int32Array(MAX_CHARS);
    picked.forEach((c, k) => {
      chars[k] = this.vocab.chars.get(c) ?? UNK;
    });
    return {
      lower,
      folded: form.toLowerCase(),
      cap: /^\p{Lu}/u.test(form) || /^\d/.test(form),
      letter: /\p{L}/u.test(form),
      upper: form === form.toUpperCase(),
      casing: casing(form),
      word: this.vocab.words.get(lower) ?? UNK,
      lowerWord: this.vocab.lowerWords.has(lower),
      hyphen: form.includes("-") && form.length > 2,
      chars,
    };
  }
}

function isCapsLine(infos: readonly FormInfo[]): boolean {
  let letters = 0;
  for (const i of infos) {
    if (!i.letter) continue;
    if (!i.upper) return false;
    letters++;
  }
  return letters >= 2;
}

/** Forms seen capitalised mid-sentence, and forms seen in lower case, across a document (plain lower case). */
export interface DocumentCues {
  readonly cap: ReadonlySet<string>;
  readonly lower: ReadonlySet<string>;
}

/** The document-level cues of a document's sentences (lines in capitals are not read). */
export function documentCues(doc: readonly (readonly FormInfo[])[]): DocumentCues {
  const cap = new Set<string>();
  const lower = new Set<string>();
  for (const infos of doc) {
    if (isCapsLine(infos)) continue;
    infos.forEach((info, i) => {
      if (info.casing === 0) lower.add(info.folded);
      else if (info.casing === 2 && i > 0) cap.add(info.folded);
    });
  }
  return { cap, lower };
}

/**
 * Buffers reused from one batch to the next by a caller that consumes each batch before encoding the
 * next (the tagger): the encoded arrays are then views into them, and tagging allocates little.
 */
export class EncodeBuffers {
  #ints = new Int32Array(0);
  #bytes = new Uint8Array(0);

  /** Three int arrays of `n` and a zeroed byte array of `n * FEATURES`, as views. */
  take(n: number): { words: Int32Array; typeOf: Int32Array; reverse: Int32Array; features: Uint8Array } {
    if (this.#ints.length < 3 * n) this.#ints = new Int32Array(Math.max(3 * n, 2 * this.#ints.length));
    if (this.#bytes.length < n * FEATURES) this.#bytes = new Uint8Array((this.#ints.length / 3) * FEATURES);
    const features = this.#bytes.subarray(0, n * FEATURES);
    features.fill(0);
    return {
      words: this.#ints.subarray(0, n),
      typeOf: this.#ints.subarray(n, 2 * n),
      reverse: this.#ints.subarray(2 * n, 3 * n),
      features,
    };
  }
}

/**
 * Encodes sentences (token forms) as one padded batch: word ids (lower-cased, digits as 0),
 * character ids per distinct form, the feature vector of {@link FEATURES} and the reversal index.
 * `cues` come from the whole document each sentence belongs to: one for all, or one per sentence.
 */
export function encodeSentences(
  sentences: readonly (readonly FormInfo[])[],
  table: FormTable,
  cues: DocumentCues | readonly DocumentCues[],
  buffers?: EncodeBuffers,
): EncodedBatch {
  const batch = sentences.length;
  let length = 1;
  for (const s of sentences) length = Math.max(length, s.length);
  const n = batch * length;
  const { words, typeOf, reverse, features } = buffers
    ? buffers.take(n)
    : {
        words: new Int32Array(n),
        typeOf: new Int32Array(n),
        reverse: new Int32Array(n),
        features: new Uint8Array(n * FEATURES),
      };
  const typeIds = new Map<FormInfo, number>();
  const typeList: FormInfo[] = [];
  sentences.forEach((infos, b) => {
    const docCues = Array.isArray(cues) ? (cues[b] as DocumentCues) : (cues as DocumentCues);
    const capsLine = isCapsLine(infos);
    const gaz = table.vocab.gazetteer.match(infos);
    const count = infos.length;
    for (let t = 0; t < length; t++) {
      const at = b * length + t;
      if (t >= count) {
        words[at] = PAD;
        typeOf[at] = 0;
        reverse[at] = t;
        continue;
      }
      reverse[at] = count - 1 - t;
      const info = infos[t] as FormInfo;
      words[at] = info.word;
      let type = typeIds.get(info);
      if (type === undefined) {
        typeList.push(info);
        type = typeList.length; // 0 is the padding word
        typeIds.set(info, type);
      }
      typeOf[at] = type;
      const f = at * FEATURES;
      features[f + info.casing] = 1;
      if (capsLine) features[f + 7] = 1;
      if (t === 0) features[f + 8] = 1;
      if (info.lowerWord) features[f + 9] = 1;
      const g = gaz[t];
      if (g) {
        for (let bit = 0; bit < 7; bit++) if (g.mask & (1 << bit)) features[f + 10 + bit] = 1;
        features[f + 17 + g.part] = 1;
      }
      if (docCues.cap.has(info.folded)) features[f + 21] = 1;
      if (docCues.lower.has(info.folded)) features[f + 22] = 1;
      if (info.hyphen) features[f + 23] = 1;
    }
  });
  const typeChars = new Int32Array((typeList.length + 1) * MAX_CHARS);
  typeList.forEach((info, i) => {
    typeChars.set(info.chars, (i + 1) * MAX_CHARS);
  });
  const lengths = sentences.map((s) => s.length);
  return { batch, length, lengths, words, types: typeList.length + 1, typeChars, typeOf, features, reverse };
}
