/**
 * Evaluates the committed NER model on CoNLL-2003 dev and test: entity-level P/R/F1 per type
 * (exact span and type, as conlleval), tagging speed on one core, model size and load time.
 *
 *   npm run eval:ner [-- --model FILE --data DIR]
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseConll } from "../src/extract/ner/conll-io.ts";
import { iobToSpans, NER_TYPES, type TokenSpan } from "../src/extract/ner/labels.ts";
import { NER_MODEL_PATH, NerTagger } from "../src/extract/ner/model.ts";
import { decodeModel } from "../src/extract/ner/model-file.ts";
import { type PRF, scoreSpans } from "../src/extract/ner/score.ts";

const { values } = parseArgs({
  options: {
    model: { type: "string", default: NER_MODEL_PATH },
    data: { type: "string", default: "../shared/data/conll2003" },
    // During development, pass --splits valid: test figures are for reporting, not for tuning.
    splits: { type: "string", default: "valid,test" },
  },
});

const t0 = performance.now();
const tagger = new NerTagger(decodeModel(readFileSync(values.model)));
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
  // Speed is measured on a second pass, once the word cache and the JIT are warm.
  // CPU time as well as wall time: on a shared machine, wall time also counts other processes.
  const again = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of docs) tagger.tagDocument(doc.map((s) => s.forms));
  const ms = performance.now() - again;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const scores = scoreSpans(gold, predicted);
  console.log(`${split === "valid" ? "dev" : "test"} (${tokens} tokens, ${gold.flat().length} entities)`);
  for (const t of NER_TYPES) console.log(row(t, scores.byType[t] as PRF));
  console.log(row("overall", scores.overall));
  console.log(
    `  speed (one thread): ${Math.round((tokens / cpuMs) * 1000)} tokens per CPU-second warm; wall clock ${Math.round((tokens / ms) * 1000)} tokens/s warm, ${Math.round((tokens / firstPassMs) * 1000)} cold`,
  );
}
console.log(
  `model: ${(statSync(values.model).size / 1048576).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(`trained: ${JSON.stringify(tagger.info)}`);
