import type { ConllSentence } from "../conll-io.ts";
import { decodeDoc, type WeightTable } from "../decode.ts";
import { type PreparedDoc, prepareDoc } from "../features.ts";
import { bilouToSpans, iobToSpans, NUM_LABELS, spansToBilou, type TokenSpan } from "../labels.ts";
import type { NerModelData } from "../model-file.ts";
import type { NerResources } from "../resources.ts";
import { type NerScores, scoreSpans } from "../score.ts";
import { WordInfoCache } from "../word-info.ts";
import { type DenseTable, PerceptronTable } from "./perceptron.ts";
import { seededRandom, shuffle } from "./random.ts";

/** Settings of one training run. */
export interface TrainOptions {
  readonly seed: number;
  readonly maxEpochs: number;
  /** Stop after this many epochs without a better dev F1. */
  readonly patience: number;
  readonly hashBits: number;
  /** Perceptrons trained with seeds seed, seed + 1, … and averaged into the model. */
  readonly bags: number;
  /** Rows whose largest |weight| is below this are dropped from the model file. */
  readonly pruneThreshold: number;
  readonly log: (line: string) => void;
}

interface GoldDoc {
  readonly prepared: PreparedDoc;
  readonly gold: Uint8Array;
  readonly spans: TokenSpan[][];
}

function prepare(docs: readonly ConllSentence[][], cache: WordInfoCache): GoldDoc[] {
  return docs.map((doc) => {
    const prepared = prepareDoc(
      doc.map((s) => s.forms),
      cache,
    );
    const spans = doc.map((s) => iobToSpans(s.gold));
    const gold = new Uint8Array(prepared.words.length);
    doc.forEach((s, i) => {
      gold.set(spansToBilou(spans[i] ?? [], s.forms.length), prepared.sentenceStarts[i]);
    });
    return { prepared, gold, spans };
  });
}

/** Tags prepared documents with a weight table and scores them against their gold entities. */
export function evaluate(docs: readonly GoldDoc[], table: WeightTable): NerScores {
  const gold: TokenSpan[][] = [];
  const predicted: TokenSpan[][] = [];
  for (const d of docs) {
    const labels = decodeDoc(d.prepared, table);
    const starts = d.prepared.sentenceStarts;
    d.spans.forEach((g, s) => {
      gold.push(g);
      predicted.push(bilouToSpans(labels.subarray(starts[s], starts[s + 1])));
    });
  }
  return scoreSpans(gold, predicted);
}

/** Trains on `train`, keeps the averaged weights of the epoch with the best F1 on `dev`. */
export function trainModel(
  train: readonly ConllSentence[][],
  dev: readonly ConllSentence[][],
  resources: NerResources,
  options: TrainOptions,
): NerModelData {
  const cache = new WordInfoCache(resources);
  const trainDocs = prepare(train, cache);
  const devDocs = prepare(dev, cache);
  // Bagging by seed: perceptrons trained on different shuffles are averaged into one linear model,
  // which costs nothing at tagging time and smooths the perceptron's run-to-run variance.
  let sum: DenseTable | null = null;
  const epochs: number[] = [];
  for (let bag = 0; bag < options.bags; bag++) {
    const run = trainOnce(trainDocs, devDocs, resources, options, options.seed + bag);
    epochs.push(run.epoch);
    if (!sum) sum = run.table;
    else {
      for (let i = 0; i < sum.w.length; i++) sum.w[i] = (sum.w[i] as number) + (run.table.w[i] as number);
      for (let i = 0; i < sum.dense.length; i++)
        sum.dense[i] = (sum.dense[i] as number) + (run.table.dense[i] as number);
    }
  }
  if (!sum) throw new Error("no training runs");
  for (let i = 0; i < sum.w.length; i++) sum.w[i] = (sum.w[i] as number) / options.bags;
  for (let i = 0; i < sum.dense.length; i++) sum.dense[i] = (sum.dense[i] as number) / options.bags;
  const best = { table: sum, epoch: epochs.join("+"), f1: evaluate(devDocs, sum).overall.f1 };
  const { buckets, weights } = best.table.sparseRows(options.pruneThreshold);
  options.log(
    `epochs ${best.epoch}: combined dev F1 ${best.f1.toFixed(2)}; ${buckets.length} weight rows kept`,
  );
  return {
    hashBits: options.hashBits,
    numLabels: NUM_LABELS,
    buckets,
    weights,
    dense: best.table.dense,
    resources,
    info: { seed: options.seed, bags: options.bags, epochs: best.epoch, devF1: Number(best.f1.toFixed(2)) },
  };
}

/** One perceptron run; returns the averaged weights of the epoch with the best dev F1. */
function trainOnce(
  trainDocs: readonly GoldDoc[],
  devDocs: readonly GoldDoc[],
  resources: NerResources,
  options: TrainOptions,
  seed: number,
): { f1: number; epoch: number; table: DenseTable } {
  const table = new PerceptronTable(options.hashBits, resources.vectors.dim);
  const random = seededRandom(seed);
  let best: { f1: number; epoch: number; table: DenseTable } | null = null;
  for (let epoch = 1; epoch <= options.maxEpochs; epoch++) {
    for (const d of shuffle([...trainDocs], random)) {
      decodeDoc(d.prepared, table, d.gold, table.update);
      table.advance(d.gold.length);
    }
    const averaged = table.averaged();
    const f1 = evaluate(devDocs, averaged).overall.f1;
    options.log(`seed ${seed} epoch ${epoch}: dev F1 ${f1.toFixed(2)}`);
    if (!best || f1 > best.f1) best = { f1, epoch, table: averaged };
    else if (epoch - best.epoch >= options.patience) break;
  }
  if (!best) throw new Error("no training epochs were run");
  return best;
}
