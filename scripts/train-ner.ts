/**
 * Trains the named-entity model from CoNLL-2003 train (dev for early stopping only) and writes
 * models/ner/ner-model.bin.gz. Deterministic (fixed seed, single thread).
 *
 *   npm run train:ner [-- --deps DIR --seed N --epochs N --out FILE]
 *
 * The word lists and vectors come from npm packages needed only here; install them with
 *   npm install --no-save <TRAINING_PACKAGES>   (or into DIR and pass --deps DIR).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseConll } from "../src/extract/ner/conll-io.ts";
import { NER_MODEL_PATH } from "../src/extract/ner/model.ts";
import { encodeModel } from "../src/extract/ner/model-file.ts";
import {
  buildGazetteer,
  buildWordClusters,
  lowerWordsFromCorpus,
  quantiseVectors,
  readWordVectors,
  TRAINING_PACKAGES,
} from "../src/extract/ner/train/build-resources.ts";
import { trainModel } from "../src/extract/ner/train/trainer.ts";

const { values } = parseArgs({
  options: {
    deps: { type: "string", default: "." },
    data: { type: "string", default: "../shared/data/conll2003" },
    // Seed 7 was picked on dev (91.56 vs 91.46 for 20240229 with the same features); the gap is noise-sized.
    seed: { type: "string", default: "7" },
    epochs: { type: "string", default: "24" },
    bits: { type: "string", default: "21" },
    prune: { type: "string", default: "0.5" },
    vectors: { type: "string", default: "0" },
    bags: { type: "string", default: "3" },
    out: { type: "string", default: NER_MODEL_PATH },
    // Optional: keep the (deterministic, slow) word clusters in FILE between runs.
    "clusters-cache": { type: "string" },
  },
});
const deps = values.deps;
const missing = TRAINING_PACKAGES.filter(
  (p) => !existsSync(join(deps, "node_modules", p.replace(/@[^@/]+$/, ""))),
);
if (missing.length > 0) {
  console.error(
    `missing training packages in ${deps}/node_modules; run:\n  npm install --no-save ${missing.join(" ")}`,
  );
  process.exit(2);
}
const started = performance.now();
const log = (line: string): void =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const seed = Number(values.seed);
const train = parseConll(readFileSync(join(values.data, "train.txt"), "utf8")).docs;
const dev = parseConll(readFileSync(join(values.data, "valid.txt"), "utf8")).docs;
const lowerWords = lowerWordsFromCorpus(train.flat());
log(
  `read ${train.length} training and ${dev.length} dev documents; ${lowerWords.size} usually-lower-case words`,
);
const gazetteer = buildGazetteer(deps, lowerWords);
const cachePath = values["clusters-cache"];
const unitVectors = readWordVectors(deps, 150000);
const clusters =
  cachePath && existsSync(cachePath)
    ? new Map<string, number>(JSON.parse(readFileSync(cachePath, "utf8")))
    : buildWordClusters(unitVectors, seed);
const vectors = quantiseVectors(unitVectors, Number(values.vectors));
if (cachePath && !existsSync(cachePath)) writeFileSync(cachePath, JSON.stringify([...clusters]));
log(`built gazetteer and ${clusters.size} word clusters`);
const model = trainModel(
  train,
  dev,
  { clusters, gazetteer, lowerWords, vectors },
  {
    seed,
    maxEpochs: Number(values.epochs),
    patience: 6,
    hashBits: Number(values.bits),
    bags: Number(values.bags),
    pruneThreshold: Number(values.prune),
    log,
  },
);
const file = encodeModel(model);
writeFileSync(values.out, file);
log(`wrote ${values.out} (${(file.length / 1048576).toFixed(1)} MB)`);
