import { describe, expect, it } from "vitest";
import { Gazetteer, gazBit } from "../../../src/extract/ner/gazetteer.ts";
import { allowed, bilouToSpans, canEnd, NUM_LABELS } from "../../../src/extract/ner/labels.ts";
import {
  documentCues,
  encodeSentences,
  FEATURES,
  FormTable,
  MAX_CHARS,
  UNK,
} from "../../../src/extract/ner/neural/encode.ts";
import { decodeNeuralModel, encodeNeuralModel } from "../../../src/extract/ner/neural/model-file.ts";
import { type CrfScores, crfScores, viterbi } from "../../../src/extract/ner/neural/viterbi.ts";
import { entityTagger } from "../../../src/extract/ner/tagger.ts";

const gazetteer = new Gazetteer();
gazetteer.add(["Ostrava"], gazBit("city"));
const vocab = {
  words: new Map([
    ["the", 2],
    ["mayor", 3],
    ["of", 4],
    ["ostrava", 5],
    ["0000", 6],
  ]),
  chars: new Map([..."abcdefghijklmnopqrstuvwxyzO0".split("")].map((c, i) => [c, i + 2])),
  gazetteer,
  lowerWords: new Set(["mayor"]),
};
const feature = (enc: ReturnType<typeof encodeSentences>, at: number, k: number): number =>
  enc.features[at * FEATURES + k] as number;

describe("neural encoder", () => {
  const doc = [
    ["The", "mayor", "of", "Ostrava", "said", "1999"],
    ["OSTRAVA", "WINS"],
  ];
  const table = new FormTable(vocab);
  const infos = doc.map((s) => table.sentence(s));
  const enc = encodeSentences(infos, table, documentCues(infos));

  it("pads sentences and reads the backward direction right to left within each sentence", () => {
    expect([enc.batch, enc.length, enc.lengths]).toEqual([2, 6, [6, 2]]);
    expect([...enc.reverse.subarray(0, 6)]).toEqual([5, 4, 3, 2, 1, 0]);
    // Padding positions point at themselves, so they never mix into a real token.
    expect([...enc.reverse.subarray(6, 12)]).toEqual([1, 0, 2, 3, 4, 5]);
  });

  it("looks words up lower-cased with digits as 0, and unknown words as UNK", () => {
    expect([...enc.words.subarray(0, 6)]).toEqual([2, 3, 4, 5, UNK, 6]);
    expect([...enc.words.subarray(6, 8)]).toEqual([5, UNK]);
    expect(enc.words[8]).toBe(0);
  });

  it("shares one character row per distinct form; padding is the empty type 0", () => {
    const typeOf = [...enc.typeOf];
    expect(typeOf[8]).toBe(0);
    expect(new Set(typeOf.slice(0, 6)).size).toBe(6);
    const row = typeOf[3] as number;
    const chars = [...enc.typeChars.subarray(row * MAX_CHARS, row * MAX_CHARS + 8)];
    expect(chars).toEqual([vocab.chars.get("O"), ...[..."strava"].map((c) => vocab.chars.get(c)), 0]);
  });

  it("sets casing, capitals-line, gazetteer and document features", () => {
    expect(feature(enc, 0, 2)).toBe(1); // "The": initial capital
    expect(feature(enc, 0, 8)).toBe(1); // first token
    expect(feature(enc, 1, 0)).toBe(1); // "mayor": lower case
    expect(feature(enc, 1, 9)).toBe(1); // usually lower-case word
    expect(feature(enc, 3, 10 + 2)).toBe(1); // "Ostrava": gazetteer city bit
    expect(feature(enc, 3, 17 + 3)).toBe(1); // a one-token name
    expect(feature(enc, 3, 21)).toBe(1); // capitalised mid-sentence in this document
    expect(feature(enc, 5, 4)).toBe(1); // "1999": digits
    expect(feature(enc, 6, 7)).toBe(1); // a line in capitals
    expect(feature(enc, 6, 1)).toBe(1); // all capitals
  });
});

describe("viterbi", () => {
  const K = NUM_LABELS;
  const NEG = -1e4;
  const labels = Array.from({ length: K }, (_, l) => l);
  const crf: CrfScores = crfScores(
    labels.map((p) => labels.map((l) => (allowed(p, l) ? 0 : NEG))),
    labels.map((l) => (allowed(-1, l) ? 0 : NEG)),
    labels.map((l) => (canEnd(l) ? 0 : NEG)),
  );

  it("lists only allowed moves: I-PER may follow only B-PER and I-PER", () => {
    expect([...(crf.from[2] as Int32Array)]).toEqual([1, 2]);
    expect(crf.from[0]?.length).toBe(1 + 2 * 4);
  });

  it("follows the emissions where they form a valid sequence", () => {
    // B-PER (1), L-PER (3), O: "Ana Ruiz said"
    const em = new Float32Array(3 * K);
    em[1] = 5;
    em[K + 3] = 5;
    em[2 * K] = 5;
    expect(bilouToSpans(viterbi(em, 0, 3, crf))).toEqual([{ start: 0, end: 2, type: "PER" }]);
  });

  it("never returns an invalid sequence, even when the best single labels are", () => {
    // I-ORG then O scores highest token by token, but I cannot start an entity.
    const em = new Float32Array(2 * K);
    em[1 * 4 + 2] = 5; // I-ORG
    em[1 * 4 + 4] = 4; // U-ORG
    em[K] = 5;
    const labels = [...viterbi(em, 0, 2, crf)];
    expect(labels).toEqual([8, 0]);
  });
});

describe("neural model file", () => {
  it("round-trips the network bytes, vocabularies and CRF scores", () => {
    const data = {
      onnx: Uint8Array.of(1, 2, 3, 4),
      words: ["the", "of"],
      chars: ["a", "b"],
      transitions: [[0.5]],
      start: [0.25],
      end: [-1],
      gazetteer,
      lowerWords: new Set(["mayor"]),
      info: { devF1: 90 },
    };
    const back = decodeNeuralModel(encodeNeuralModel(data));
    expect([...back.onnx]).toEqual([1, 2, 3, 4]);
    expect(back.words).toEqual(["the", "of"]);
    expect(back.transitions).toEqual([[0.5]]);
    expect(back.gazetteer.lookup("Ostrava")).toBe(gazBit("city"));
    expect(() => decodeNeuralModel(Buffer.from("not a model"))).toThrow();
  });
});

describe("the committed BiLSTM-CRF model", () => {
  it("tags a sentence written by us through ONNX Runtime", () => {
    const tagger = entityTagger();
    expect(tagger.info.devF1).toBeGreaterThan(90);
    const spans = tagger.tagDocument([
      [
        "Officials",
        "in",
        "Nairobi",
        "said",
        "Amina",
        "Wekesa",
        "of",
        "the",
        "World",
        "Bank",
        "resigned",
        ".",
      ],
    ]);
    expect(spans[0]).toEqual([
      { start: 2, end: 3, type: "LOC" },
      { start: 4, end: 6, type: "PER" },
      { start: 8, end: 10, type: "ORG" },
    ]);
  });

  it("tags a batch of documents as it tags each document alone", () => {
    const tagger = entityTagger();
    const docs = [
      [
        ["ZAMBIA", "SEEKS", "AID"],
        ["Lusaka", "asked", "donors", "for", "help", "on", "Monday", "."],
      ],
      [["Peter", "Okafor", "joined", "Shell", "in", "Lagos", "."], [], ["Okafor", "resigned", "."]],
    ];
    expect(tagger.tagDocuments?.(docs)).toEqual(docs.map((d) => tagger.tagDocument(d)));
  });
});
