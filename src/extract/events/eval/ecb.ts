import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Pipeline } from "../../../pipeline/pipeline.ts";
import { emptyTally, formatTally, type GoldDoc, predict, type Tally, tally } from "./score.ts";

/** Standard ECB+ split (Cybulska & Vossen 2015): dev topics; test is 36–45 and never read here. */
const DEV = new Set([2, 5, 12, 18, 21, 23, 34, 35]);
const TRAIN = new Set([...Array.from({ length: 35 }, (_, i) => i + 1)].filter((t) => !DEV.has(t)));

/** Reads one ECB+ XML file into sentences and gold ACTION_/NEG_ mentions. */
export function readDoc(path: string, name: string, scored: ReadonlySet<number>): GoldDoc {
  const xml = readFileSync(path, "utf8");
  const sentences: string[][] = [];
  const at = new Map<string, [number, number]>();
  for (const m of xml.matchAll(
    /<token t_id="(\d+)" sentence="(\d+)" number="(\d+)"[^>]*>([^<]*)<\/token>/g,
  )) {
    const s = Number(m[2]);
    while (sentences.length <= s) sentences.push([]);
    const list = sentences[s] as string[];
    at.set(m[1] as string, [s, list.length]);
    list.push(decode(m[4] as string));
  }
  const mentions: GoldDoc["mentions"][number][] = [];
  const markables = xml.slice(xml.indexOf("<Markables>"), xml.indexOf("</Markables>"));
  for (const m of markables.matchAll(/<((?:NEG_)?ACTION_[A-Z]+) m_id="\d+"\s*>([\s\S]*?)<\/\1>/g)) {
    const toks = [...(m[2] as string).matchAll(/t_id="(\d+)"/g)]
      .map((x) => at.get(x[1] as string))
      .filter((x) => x !== undefined);
    if (toks.length === 0) continue;
    mentions.push({ sentence: toks[0]?.[0] ?? 0, tokens: toks.map((x) => x[1]), label: m[1] as string });
  }
  return { id: name, sentences, mentions, scored };
}

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Sentences with complete annotation, from ECBplus_coreference_sentences.csv, by file name. */
export function scoredSentences(dir: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of readFileSync(`${dir}ECBplus_coreference_sentences.csv`, "utf8")
    .split(/\r?\n/)
    .slice(1)) {
    const [topic, file, sentence] = line.split(",");
    if (!topic || !file || sentence === undefined) continue;
    const key = `${topic}_${file}.xml`;
    const set = out.get(key) ?? new Set<number>();
    set.add(Number(sentence));
    out.set(key, set);
  }
  return out;
}

function scoreTopics(dir: string, topics: ReadonlySet<number>): { tally: Tally; docs: number } {
  const scored = scoredSentences(dir);
  const t = emptyTally();
  let docs = 0;
  for (const topic of [...topics].sort((a, b) => a - b)) {
    const folder = `${dir}ECB+/${topic}/`;
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith(".xml"))
      .sort()) {
      const doc = readDoc(folder + name, name, scored.get(name) ?? new Set());
      tally(t, doc, predict(doc), null);
      docs++;
    }
  }
  return { tally: t, docs };
}

/** Prints trigger detection on ECB+ dev and train topics (any gold event mention counts). */
export async function scoreEcbDev(_pipeline: Pipeline, dir: string): Promise<void> {
  if (!existsSync(`${dir}ECB+`)) return;
  console.log(
    "\nECB+ trigger detection (csv sentences; overlap with any ACTION_/NEG_ mention; all our types):",
  );
  for (const [name, topics] of [
    ["dev", DEV],
    ["train", TRAIN],
  ] as const) {
    const { tally: t, docs } = scoreTopics(dir, topics);
    console.log(`  ${name.padEnd(5)} ${String(docs).padStart(3)} docs  ${formatTally(t)}`);
  }
}
