import { existsSync, readFileSync } from "node:fs";
import { emptyTally, formatTally, type GoldDoc, predict, tally } from "./score.ts";

/** Our types that GVC's gun-violence annotation covers; other predictions are not scored there. */
const IN_SCOPE = new Set(["killing", "death", "attack"]);
/** GVC mention types that our lexicon targets (injuries and "bag of events" are out of scope). */
const RECALL_LABELS = new Set(["death", "firing_a_gun"]);

/** Reads a GVC split: dataset.conll for tokens, event_mentions.json for gold mentions. */
function readSplit(dir: string): GoldDoc[] {
  const docs = new Map<string, string[][]>();
  for (const line of readFileSync(`${dir}dataset.conll`, "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 4 || line.startsWith("#")) continue;
    const [key = "", sent, , token = ""] = cols;
    const sentences = docs.get(key) ?? [];
    const s = Number(sent);
    while (sentences.length <= s) sentences.push([]);
    sentences[s]?.push(token);
    docs.set(key, sentences);
  }
  const gold = JSON.parse(readFileSync(`${dir}event_mentions.json`, "utf8")) as {
    conll_doc_key: string;
    sent_id: number;
    tokens_number: number[];
    description: string;
  }[];
  return [...docs].map(([key, sentences]) => ({
    id: key,
    sentences,
    mentions: gold
      .filter((m) => m.conll_doc_key === key)
      .map((m) => ({
        sentence: m.sent_id,
        tokens: m.tokens_number,
        label: m.description.split(".")[1] ?? "other",
      })),
    // Sentence 0 is the document's date line.
    scored: new Set(sentences.map((_, i) => i).filter((i) => i > 0)),
  }));
}

/** Prints trigger detection on the GVC validation split (test split not read). */
export function scoreGvcVal(dir: string): void {
  if (!existsSync(`${dir}val/dataset.conll`)) return;
  const t = emptyTally();
  const docs = readSplit(`${dir}val/`);
  for (const doc of docs)
    tally(
      t,
      doc,
      predict(doc).filter((p) => IN_SCOPE.has(p.type)),
      RECALL_LABELS,
    );
  console.log(
    "\nGVC val trigger detection (our killing/death/attack vs any gold mention; recall on death + firing_a_gun):",
  );
  console.log(`  val   ${String(docs.length).padStart(3)} docs  ${formatTally(t)}`);
}
