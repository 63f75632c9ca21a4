/**
 * `npm run eval:stances`: proposals (grouped) and stances on the seed article, read from ../shared
 * at run time, with the default pipeline plus the stances stage when it is not registered yet.
 * `--with-unregistered` also runs the NER, actors, time and quotes stages found in src/extract
 * that the default pipeline does not list yet (to preview the stage in its planned position).
 * Prints how many of the expected seed stances the run gets.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stancesStage } from "../src/extract/stances/stage.ts";
import type { ProposalRecord, StanceRecord } from "../src/extract/stances/types.ts";
import type { Doc } from "../src/model/doc.ts";
import { validateDoc } from "../src/model/validate.ts";
import { DEFAULT_STAGES } from "../src/pipeline/default.ts";
import { Pipeline } from "../src/pipeline/pipeline.ts";
import type { Stage } from "../src/pipeline/stage.ts";

const SEED = fileURLToPath(new URL("../../shared/data/seed/haiti-mss-2025-02-26.txt", import.meta.url));
const PLANNED = ["ner", "actors", "time", "quotes", "figures", "events"];

/**
 * The expected seed stances, as (holder words, polarity set, proposal words) checks read
 * here at run time: a stance matches when its holder name has every holder word, its polarity is
 * allowed, and its proposal group's label or phrase has one of the proposal words.
 */
interface Expectation {
  readonly what: string;
  readonly holder: readonly string[];
  readonly polarity: readonly string[];
  readonly proposal: readonly string[];
}

async function stages(withUnregistered: boolean): Promise<Stage[]> {
  const list = [...DEFAULT_STAGES];
  if (withUnregistered) {
    for (const name of PLANNED) {
      if (list.some((s) => s.name === name)) continue;
      try {
        const mod = (await import(`../src/extract/${name}/stage.ts`)) as Record<string, unknown>;
        const stage = Object.values(mod).find((v): v is Stage => typeof (v as Stage)?.run === "function");
        if (stage) list.push(tolerant(stage));
      } catch (err) {
        console.log(`  (stage ${name} not loaded: ${(err as Error).message.split("\n")[0]})`);
      }
    }
  }
  if (!list.some((s) => s.name === stancesStage.name)) list.push(stancesStage);
  return list;
}

/** A stage that reports its failure (a missing model, work in progress) and adds nothing. */
function tolerant(stage: Stage): Stage {
  return {
    ...stage,
    run(doc) {
      try {
        return stage.run(doc);
      } catch (err) {
        console.log(`  (stage ${stage.name} failed, skipped: ${(err as Error).message.split("\n")[0]})`);
        return { layers: {} };
      }
    },
  };
}

function report(doc: Doc, expected: readonly Expectation[]): void {
  const proposals = doc.get("proposals") as readonly ProposalRecord[];
  const stances = doc.get("stances") as readonly StanceRecord[];
  console.log(`  layers: ${doc.layerNames().join(", ")}; bad spans: ${validateDoc(doc).length}`);
  console.log(
    `  proposals (${new Set(proposals.map((p) => p.id)).size} groups, ${proposals.length} phrases):`,
  );
  for (const id of [...new Set(proposals.map((p) => p.id))]) {
    const members = proposals.filter((p) => p.id === id);
    console.log(`    ${id} "${members[0]?.label}"`);
    for (const p of members) console.log(`       ${p.anaphor ? "~" : "-"} ${JSON.stringify(doc.slice(p))}`);
  }
  console.log(`  stances (${stances.length}):`);
  const labelOf = new Map(proposals.map((p) => [p.id, p.label]));
  for (const s of stances) {
    const cond = s.condition ? ` IF ${JSON.stringify(doc.slice(s.condition))}` : "";
    console.log(
      `    ${s.holderName ?? "?"} → ${s.polarity} → ${s.proposal} "${labelOf.get(s.proposal)}"${cond}  [${s.holderVia}, cue "${doc.slice(s.cue)}", ${s.date ?? "no date"}]`,
    );
  }
  let hits = 0;
  for (const e of expected) {
    const ok = stances.some((s) => {
      const name = (s.holderName ?? "").toLowerCase();
      const phrases = [
        labelOf.get(s.proposal) ?? "",
        doc.slice(s.proposalSpan),
        ...proposals.filter((p) => p.id === s.proposal).map((p) => doc.slice(p)),
      ];
      return (
        e.holder.every((w) => name.includes(w)) &&
        e.polarity.includes(s.polarity) &&
        phrases.some((t) => e.proposal.some((w) => t.toLowerCase().includes(w)))
      );
    });
    if (ok) hits++;
    console.log(`    ${ok ? "✓" : "✗"} ${e.what}`);
  }
  console.log(`  expected seed stances found: ${hits}/${expected.length}`);
}

async function main(): Promise<void> {
  if (!existsSync(SEED)) {
    console.log(`seed not found at ${SEED}: skipped`);
    return;
  }
  const text = readFileSync(SEED, "utf8");
  // Expected stances of issue 6, written as word checks (names are read from the issue, not from src).
  const expected: Expectation[] = [
    {
      what: "HRW supports a UN operation",
      holder: ["human rights watch"],
      polarity: ["support"],
      proposal: ["un operation", "take over", "transform"],
    },
    {
      what: "HRW's director supports a UN operation",
      holder: ["charbonneau"],
      polarity: ["support"],
      proposal: ["un operation", "transform"],
    },
    {
      what: "Haiti's council president supports it",
      holder: ["voltaire"],
      polarity: ["support"],
      proposal: ["un peacekeeping", "un operation", "transform"],
    },
    {
      what: "Secretary-General conditional/opposed for now",
      holder: ["guterres"],
      polarity: ["conditional", "oppose"],
      proposal: ["transform", "take over", "transition"],
    },
    {
      what: "Secretary-General supports keeping the mission with more support",
      holder: ["guterres"],
      polarity: ["support"],
      proposal: ["keep"],
    },
  ];
  const modes = process.argv.includes("--with-unregistered") ? [false, true] : [false];
  for (const withUnregistered of modes) {
    const list = await stages(withUnregistered);
    console.log(`\n== seed, stages: ${list.map((s) => s.name).join(" → ")}`);
    const doc = new Pipeline(list).process("seed", text, { published: "2025-02-26" });
    report(doc, expected);
  }
}

await main();
