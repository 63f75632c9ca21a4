/**
 * Evaluates a committed NER model on CoNLL-2003 dev and test: entity-level P/R/F1 per type
 * (exact span and type, as conlleval), tagging speed on one core, model size and load time.
 *
 *   npm run eval:ner [-- --model bilstm|perceptron|FILE --data DIR --splits valid,test]
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseConll } from "../src/extract/ner/conll-io.ts";
import { iobToSpans, NER_TYPES, type TokenSpan } from "../src/extract/ner/labels.ts";
import { type PRF, scoreSpans } from "../src/extract/ner/score.ts";
import { loadTagger, TAGGER_MODELS, tagAll } from "../src/extract/ner/tagger.ts";

const { values } = parseArgs({
  options: {
    model: { type: "string", default: "bilstm" },
    data: { type: "string", default: "../shared/data/conll2003" },
    // During development, pass --splits valid: test figures are for reporting, not for tuning.
    splits: { type: "string", default: "valid,test" },
  },
});

const modelPath = TAGGER_MODELS[values.model as keyof typeof TAGGER_MODELS] ?? values.model;
const t0 = performance.now();
const tagger = loadTagger(modelPath);
const loadMs = performance.now() - t0;

const row = (name: string, s: PRF): string =>
  `  ${name.padEnd(8)} P ${s.precision.toFixed(2).padStart(6)}  R ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}`;

for (const split of values.splits.split(",")) {
  const docs = parseConll(readFileSync(join(values.data, `${split}.txt`), "utf8")).docs;
  const gold: TokenSpan[][] = [];
  const predicted: TokenSpan[][] = [];
  let tokens = 0;
  const start = performance.now();
  for (const doc of docs) {
    const spans = tagger.tagDocument(doc.map((s) => s.forms));
    doc.forEach((s, i) => {
      tokens += s.forms.length;
      gold.push(iobToSpans(s.gold));
      predicted.push(spans[i] ?? []);
    });
  }
  const firstPassMs = performance.now() - start;
  // Speed is measured on later passes, once the word cache and the JIT are warm, in CPU time as well
  // as wall time (on a shared machine, wall time also counts other processes): document by document,
  // as the extraction pipeline tags, and the whole file in one batch, as `sitrep tag` does.
  const forms = docs.map((doc) => doc.map((s) => s.forms));
  const timed = (run: () => void): { ms: number; cpuMs: number } => {
    const again = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - again, cpuMs: (used.user + used.system) / 1000 };
  };
  const perDoc = timed(() => {
    for (const doc of forms) tagger.tagDocument(doc);
  });
  let batched: TokenSpan[][][] = [];
  const batch = timed(() => {
    batched = tagAll(tagger, forms);
  });
  const differ = batched
    .flat()
    .filter((spans, i) => JSON.stringify(spans) !== JSON.stringify(predicted[i])).length;
  const scores = scoreSpans(gold, predicted);
  console.log(`${split === "valid" ? "dev" : "test"} (${tokens} tokens, ${gold.flat().length} entities)`);
  for (const t of NER_TYPES) console.log(row(t, scores.byType[t] as PRF));
  console.log(row("overall", scores.overall));
  const rate = (t: { ms: number; cpuMs: number }): string =>
    `${Math.round((tokens / t.cpuMs) * 1000)} tokens per CPU-second (wall ${Math.round((tokens / t.ms) * 1000)}/s)`;
  console.log(
    `  speed, one thread, warm: document by document ${rate(perDoc)}; whole file batched ${rate(batch)}`,
  );
  console.log(
    `  cold first pass ${Math.round((tokens / firstPassMs) * 1000)} tokens/s; batched output differs in ${differ} sentences`,
  );
}
console.log(
  `model: ${modelPath}, ${(statSync(modelPath).size / 1048576).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(`trained: ${JSON.stringify(tagger.info)}`);
