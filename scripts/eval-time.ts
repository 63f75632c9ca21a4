/**
 * Scores the temporal tagger: WikiWars (TIMEX2, development) and TempEval-3 platinum (report only: never
 * tune on it), plus the seed article's gold dates. Reads ../shared at run time; skips what is absent.
 *   npm run eval:time                 # all three tables
 *   npm run eval:time -- --errors     # also list WikiWars errors (development set only)
 *   npm run eval:time -- --dev --errors --context   # mismatches with the text before them; no TE3
 *   npm run eval:time -- --dev --news  # also list the errors on our own news development set
 * The news development set (test/fixtures/time/news-dev) is invented news text annotated by the TimeML
 * guidelines, read and tagged like TE3 files (tagTimeml); it is for development, unlike TE3 platinum. It is
 * scored whole and in its two parts (nd01–nd58, and the wire-style nd59 on, annotated before tagging).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sentencesStage } from "../src/extract/sentences/stage.ts";
import { readInline, textElement } from "../src/extract/time/inline.ts";
import {
  emptyCounts,
  type ScoredTimex,
  scoreDocument,
  summarise,
  type TimexCounts,
} from "../src/extract/time/score.ts";
import { timeStage } from "../src/extract/time/stage.ts";
import { tagTimeml } from "../src/extract/time/timeml.ts";
import { tokensStage } from "../src/extract/tokens/stage.ts";
import { Pipeline } from "../src/pipeline/pipeline.ts";

const SHARED = fileURLToPath(new URL("../../shared/data/", import.meta.url));
const showErrors = process.argv.includes("--errors");
/** With --context, mismatches also show the text before them (where the anchor usually is). */
const showContext = process.argv.includes("--context");
/** With --news, the news development set's mismatches, spurious and missed expressions are listed. */
const showNews = process.argv.includes("--news");
const NEWS_DEV = fileURLToPath(new URL("../test/fixtures/time/news-dev/", import.meta.url));
const pipeline = new Pipeline([tokensStage, sentencesStage, timeStage]);

function fmt(x: number): string {
  return x.toFixed(2).padStart(6);
}

function report(name: string, c: TimexCounts): void {
  const s = summarise(c);
  console.log(`\n${name}: ${c.gold} gold, ${c.system} system, ${c.relaxed} relaxed matches`);
  console.log("                P       R      F1");
  for (const [label, m] of [
    ["strict", s.strict],
    ["relaxed", s.relaxed],
    ["type", s.type],
    ["value", s.value],
  ] as const) {
    console.log(`${label.padEnd(10)} ${fmt(m.p)}  ${fmt(m.r)}  ${fmt(m.f1)}`);
  }
  console.log(
    `type accuracy ${s.typeAccuracy.toFixed(2)} · value accuracy ${((100 * c.valueCorrect) / Math.max(1, c.relaxed)).toFixed(2)}`,
  );
}

/** TIMEX2 attributes mapped to TIMEX3-comparable type and value. */
function fromTimex2(attrs: Readonly<Record<string, string>>): { type: string; value: string } {
  const val = (attrs.val ?? "")
    .replace(/^P(\d+)DE$/, (_, n) => `P${Number(n) * 10}Y`)
    .replace(/^P(\d+)CE$/, (_, n) => `P${Number(n) * 100}Y`);
  const type =
    attrs.set === "YES"
      ? "SET"
      : val.startsWith("P")
        ? "DURATION"
        : /T(?:\d|MO|AF|EV|NI)/.test(val)
          ? "TIME"
          : "DATE";
  return { type, value: val };
}

function wikiwars(): void {
  const dir = join(SHARED, "timeml/wikiwars/keyinline");
  if (!existsSync(dir)) {
    console.log("WikiWars: not found, skipped");
    return;
  }
  const counts = emptyCounts();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort()) {
    const content = readFileSync(join(dir, file), "utf8");
    const dct = /<DATETIME>[\s\S]*?val="(\d{4}-\d{2}-\d{2})/.exec(content)?.[1] ?? null;
    const { text, timexes } = readInline(textElement(content), "TIMEX2");
    const gold: ScoredTimex[] = timexes.map((t) => ({ start: t.start, end: t.end, ...fromTimex2(t.attrs) }));
    const doc = pipeline.process(file, text, { published: dct });
    const { pairs, spurious, missed } = scoreDocument(gold, doc.get("times"), counts);
    if (!showErrors) continue;
    const show = (t: ScoredTimex) => `"${text.slice(t.start, t.end)}" ${t.type} ${t.value}`;
    for (const p of pairs)
      if (p.gold.value !== p.system.value || p.gold.start !== p.system.start || p.gold.end !== p.system.end)
        console.log(
          `${file} MISMATCH gold ${show(p.gold)} | sys ${show(p.system)}${showContext ? ` …${text.slice(p.gold.start - 100, p.gold.end + 10).replace(/\s+/g, " ")}` : ""}`,
        );
    for (const s of spurious)
      console.log(
        `${file} SPURIOUS ${show(s)} …${text.slice(s.start - 30, s.end + 20).replace(/\s+/g, " ")}`,
      );
    for (const g of missed)
      console.log(`${file} MISSED ${show(g)} …${text.slice(g.start - 30, g.end + 20).replace(/\s+/g, " ")}`);
  }
  report("WikiWars (TIMEX2 → TIMEX3 attributes; development)", counts);
}

function te3(): void {
  const goldDir = join(SHARED, "timeml/te3-platinum");
  const inputDir = join(SHARED, "timeml/te3-platinum-input");
  if (!existsSync(goldDir) || !existsSync(inputDir)) {
    console.log("TE3 platinum: not found, skipped");
    return;
  }
  const counts = emptyCounts();
  for (const file of readdirSync(inputDir).sort()) {
    const goldFile = join(goldDir, file.replace(/\.TE3input$/, ""));
    if (!existsSync(goldFile)) continue;
    const gold = readInline(textElement(readFileSync(goldFile, "utf8")), "TIMEX3");
    const system = readInline(textElement(tagTimeml(readFileSync(join(inputDir, file), "utf8"))), "TIMEX3");
    if (gold.text.trimEnd() !== system.text.trimEnd())
      console.log(`warning: ${file}: TEXT differs between gold and input`);
    const attrs = (t: (typeof gold.timexes)[number]) => ({
      start: t.start,
      end: t.end,
      type: t.attrs.type ?? "",
      value: t.attrs.value ?? "",
    });
    scoreDocument(gold.timexes.map(attrs), system.timexes.map(attrs), counts);
  }
  report("TempEval-3 platinum (report only; through tagTimeml)", counts);
}

/** Our news development set: TimeML files whose gold TIMEX3s are stripped before tagging. */
function newsDev(): void {
  if (!existsSync(NEWS_DEV)) {
    console.log("news dev: not found, skipped");
    return;
  }
  const counts = emptyCounts();
  /** Part 1 (nd01–nd58) was written with the tagger in mind; part 2 (nd59 on) was annotated blind. */
  const parts = [emptyCounts(), emptyCounts()];
  for (const file of readdirSync(NEWS_DEV)
    .filter((f) => f.endsWith(".tml"))
    .sort()) {
    const content = readFileSync(join(NEWS_DEV, file), "utf8");
    const open = content.indexOf("<TEXT>");
    const input = content.slice(0, open) + content.slice(open).replace(/<\/?TIMEX3\b[^>]*>/g, "");
    const gold = readInline(textElement(content), "TIMEX3");
    const system = readInline(textElement(tagTimeml(input)), "TIMEX3");
    const attrs = (t: (typeof gold.timexes)[number]): ScoredTimex => ({
      start: t.start,
      end: t.end,
      type: t.attrs.type ?? "",
      value: t.attrs.value ?? "",
    });
    const { pairs, spurious, missed } = scoreDocument(
      gold.timexes.map(attrs),
      system.timexes.map(attrs),
      counts,
    );
    scoreDocument(
      gold.timexes.map(attrs),
      system.timexes.map(attrs),
      parts[Number(/\d+/.exec(file)?.[0] ?? 0) >= 59 ? 1 : 0] as TimexCounts,
    );
    if (!showNews) continue;
    const text = gold.text;
    const show = (t: ScoredTimex) => `"${text.slice(t.start, t.end)}" ${t.type} ${t.value}`;
    const around = (t: ScoredTimex) => text.slice(t.start - 40, t.end + 20).replace(/\s+/g, " ");
    for (const p of pairs)
      if (p.gold.value !== p.system.value || p.gold.start !== p.system.start || p.gold.end !== p.system.end)
        console.log(`${file} MISMATCH gold ${show(p.gold)} | sys ${show(p.system)} …${around(p.gold)}`);
    for (const s of spurious) console.log(`${file} SPURIOUS ${show(s)} …${around(s)}`);
    for (const g of missed) console.log(`${file} MISSED ${show(g)} …${around(g)}`);
  }
  report("news dev (our TimeML annotation of invented news; development)", counts);
  report("news dev part 1 (nd01–nd58)", parts[0] as TimexCounts);
  report("news dev part 2 (nd59–, annotated before tagging)", parts[1] as TimexCounts);
}

function seed(): void {
  const dir = join(SHARED, "seed");
  if (!existsSync(dir)) {
    console.log("seed: not found, skipped");
    return;
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
      dates?: { text: string; value: string }[];
    };
    const text = readFileSync(join(dir, file.replace(/\.gold\.json$/, ".txt")), "utf8");
    const times = pipeline.process(file, text, { published: "2025-02-26" }).get("times");
    let right = 0;
    console.log(`\nseed ${file} (published 2025-02-26):`);
    for (const g of gold.dates ?? []) {
      const at = text.indexOf(g.text);
      const found = times.find((t) => at >= 0 && t.start < at + g.text.length && at < t.end);
      const ok = found?.value === g.value;
      if (ok) right++;
      const got = found ? `"${text.slice(found.start, found.end)}" ${found.value}` : "not found";
      console.log(
        `  ${ok ? "ok  " : "FAIL"} ${JSON.stringify(g.text).padEnd(22)} gold ${g.value.padEnd(11)} got ${got}`,
      );
    }
    console.log(
      `  ${right}/${gold.dates?.length ?? 0} gold dates with the right value; ${times.length} expressions found`,
    );
  }
}

wikiwars();
newsDev();
if (!process.argv.includes("--dev")) te3();
seed();
