/**
 * `npm run eval:quotes [-- --set ggt,dev,test,seed] [--errors N]`: scores quote extraction with
 * the Gender Gap Tracker protocol (a prediction matches a gold quote when it covers ≥ 30% of it;
 * also ≥ 80% both ways) on GGT-2020, PolNeAR dev, PolNeAR test (report only: never tune on it)
 * and the seed article; `--set train` adds PolNeAR train as a further unseen check. Data are
 * read from ../shared at run time.
 */
import { existsSync } from "node:fs";
import {
  type EvalDoc,
  isMarkedQuote,
  loadGgt,
  loadPolnear,
  loadSeed,
  predictions,
} from "../src/extract/quotes/eval/datasets.ts";
import {
  emptyTally,
  matchQuotes,
  scoreDoc,
  speakerMatches,
  summarize,
  type Tally,
} from "../src/extract/quotes/eval/score.ts";
import { quotesStage } from "../src/extract/quotes/stage.ts";
import type { Doc } from "../src/model/doc.ts";
import { defaultPipeline } from "../src/pipeline/default.ts";
import { Pipeline } from "../src/pipeline/pipeline.ts";

const SHARED = new URL("../../shared/data/", import.meta.url);
const args = process.argv.slice(2);
const sets = (args[args.indexOf("--set") + 1] ?? "ggt,dev,test,seed").split(",");
const showErrors = args.includes("--errors") ? Number(args[args.indexOf("--errors") + 1] ?? 20) : 0;

// The default pipeline, with the quotes stage appended until the lead registers it there.
const base = defaultPipeline();
const pipeline = base.stages.some((s) => s.name === "quotes")
  ? base
  : new Pipeline([...base.stages, quotesStage]);

function run(d: EvalDoc): Doc {
  return pipeline.process(d.id, d.text, d.published ? { published: d.published } : {});
}

const fmt = (n: number | undefined): string => (n ?? 0).toFixed(1).padStart(5);

function report(name: string, docs: readonly EvalDoc[], extra?: (doc: Doc, d: EvalDoc) => void): void {
  const loose = emptyTally();
  const strict = emptyTally();
  let shown = 0;
  for (const d of docs) {
    const doc = run(d);
    const pred = predictions(doc);
    scoreDoc(loose, d.text, d.gold, pred, 0.3, "gold");
    scoreDoc(strict, d.text, d.gold, pred, 0.8, "both");
    extra?.(doc, d);
    if (shown < showErrors && !name.includes("test")) shown += printErrors(d, doc);
  }
  for (const [label, t] of [
    ["≥30% of gold", loose],
    ["≥80% both ways", strict],
  ] as [string, Tally][]) {
    const s = summarize(t);
    console.log(
      `${name.padEnd(24)} ${label.padEnd(15)} gold ${String(t.gold).padStart(5)} pred ${String(t.predicted).padStart(5)}  P ${fmt(s.P)} R ${fmt(s.R)} F1 ${fmt(s.F1)}  speaker acc ${fmt(s.speakerAcc)}  attributed F1 ${fmt(s.attrF1)}`,
    );
  }
}

function printErrors(d: EvalDoc, doc: Doc): number {
  const pred = predictions(doc);
  const pairs = matchQuotes(d.gold, pred, 0.3, "gold");
  const cut = (s: string): string => JSON.stringify(s.length > 110 ? `${s.slice(0, 110)}…` : s);
  const show = (sp: { start: number; end: number } | null | undefined): string =>
    sp ? d.text.slice(sp.start, sp.end) : "∅";
  let n = 0;
  d.gold.forEach((g, gi) => {
    const pair = pairs.find(([x]) => x === gi);
    const p = pair ? pred[pair[1]] : undefined;
    if (!p)
      console.log(`  MISS ${d.id} ${cut(show(g.parts[0]))} — ${g.reference ?? show(g.speakerSpans[0])}`);
    else if ((g.speakerSpans.length > 0 || g.reference) && !speakerMatches(g, d.text, p))
      console.log(
        `  SPKR ${cut(show(g.parts[0]))} gold ${g.reference ?? show(g.speakerSpans[0])} / ours ${show(p.speakerSpan)}`,
      );
    else return;
    n++;
  });
  pred.forEach((p, pi) => {
    if (pairs.some(([, y]) => y === pi)) return;
    console.log(`  EXTRA ${cut(show(p.span))} — ${show(p.speakerSpan)}`);
    n++;
  });
  return n;
}

/** Recall on PolNeAR attributions whose content is mostly inside quotation marks. */
function markedRecall(name: string, docs: readonly EvalDoc[]): void {
  const t = emptyTally();
  for (const d of docs) {
    const gold = d.gold.filter((g) => isMarkedQuote(d.text, g));
    scoreDoc(t, d.text, gold, predictions(run(d)), 0.3, "gold");
  }
  const s = summarize(t);
  console.log(
    `${name.padEnd(24)} content in quotation marks: gold ${t.gold}, recall ${fmt(s.R)}, speaker acc ${fmt(s.speakerAcc)}`,
  );
}

function seed(): void {
  const { doc: d, quotes } = loadSeed(
    new URL("seed/haiti-mss-2025-02-26.txt", SHARED),
    new URL("seed/haiti-mss-2025-02-26.gold.json", SHARED),
  );
  report("seed", [d]);
  const doc = run(d);
  const pred = predictions(doc);
  const qs = doc.maybe("quotes");
  const show = (sp: { start: number; end: number } | null | undefined): string =>
    sp ? d.text.slice(sp.start, sp.end) : "∅";
  let right = 0;
  quotes.forEach((q, i) => {
    const g = d.gold[i];
    const pi = g ? matchQuotes([g], pred, 0.3, "gold")[0]?.[1] : undefined;
    const found = pi !== undefined ? qs[pi] : undefined;
    const p = pi !== undefined ? pred[pi] : undefined;
    const ok = !!g && !!p && speakerMatches(g, d.text, p);
    if (ok) right++;
    const chain = found?.chain.map((l) => `${l.role}:${show(l.span)}`).join(" → ") ?? "";
    console.log(
      `  ${found ? "FOUND" : "MISSED"} ${ok ? "speaker ok " : "speaker BAD"} ${JSON.stringify(q.text.slice(0, 60))}  [gold ${q.speaker} / ours ${show(found?.speakerSpan)}]${found?.hedged ? " hedged" : ""}  chain: ${chain}`,
    );
  });
  console.log(`seed: ${right}/${quotes.length} gold quotes found with the right speaker`);
}

const quotesDir = new URL("quotes/", SHARED);
if (!existsSync(quotesDir)) {
  console.log("../shared/data is not available: nothing to evaluate.");
  process.exit(0);
}
if (sets.includes("ggt")) report("GGT-2020", loadGgt(new URL("ggt-2020/ggt_eval.jsonl", quotesDir)));
for (const [key, file, label] of [
  ["dev", "polnear_dev", "PolNeAR dev"],
  ["test", "polnear_test", "PolNeAR test (report only)"],
  ["train", "polnear_train", "PolNeAR train (not used for rules)"],
]) {
  if (!sets.includes(key ?? "")) continue;
  const docs = loadPolnear(new URL(`polnear/${file}.jsonl`, quotesDir));
  report(label ?? "", docs);
  markedRecall(label ?? "", docs);
}
if (sets.includes("seed")) seed();
