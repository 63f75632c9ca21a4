import type { Command } from "commander";
import { type DemoReport, runDemo } from "../../services/demo.ts";
import { clip } from "../../services/documents-view.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";
import { writeStdout } from "../io.ts";

/** `sitrep demo`: builds the demo dossier from the bundled fictional reports and shows what was found. */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("build a demo dossier from five short fictional reports and show what sitrep found")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--json", "print the findings as JSON")
    .addHelpText(
      "after",
      "\nThe reports describe an invented crisis; every person, place and organisation in them is made up.\n" +
        "They go into the same store as `sitrep ingest` (so `sitrep search` and `sitrep show` work on them\n" +
        "afterwards); running the demo again adds nothing.\n\nExamples:\n  npm start\n  sitrep demo --db demo.db --json",
    )
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = openStore(opts.db);
      try {
        const report = await runDemo(store);
        if (opts.json) await writeStdout(`${JSON.stringify({ db: store.location, ...report })}\n`);
        else await writeStdout(describeDemo(report, store.location));
      } finally {
        await store.close();
      }
    });
}

/** The demo's printout: documents with their counts, top actors, attributed quotes, next steps. */
export function describeDemo(r: DemoReport, location: string): string {
  const i = r.ingest;
  const out = [
    "sitrep demo: a dossier from 5 FICTIONAL sample reports (invented people, places and organisations)",
    `Store ${location}: ${i.added} added, ${i.updated} updated, ${i.unchanged} unchanged, ${i.failed} failed`,
    `Stages: ${r.stages.join(", ")}`,
    "",
    "Documents                                                      actors quotes figures dates",
  ];
  for (const d of r.documents) {
    const title = `${d.id.slice(0, 8)} ${d.published ?? "          "} ${clip(d.title ?? "(untitled)", 40)}`;
    const c = d.counts;
    out.push(
      `  ${title.padEnd(62)}${[c.actors, c.quotes, c.figures, c.dates].map((n) => String(n).padStart(7)).join("")}`,
    );
  }
  out.push("", "Top actors");
  if (r.topActors.length === 0) out.push("  (none found by the stages above)");
  for (const a of r.topActors) {
    out.push(
      `  ${a.type.padEnd(7)} ${a.name} · ${a.documents} document${a.documents === 1 ? "" : "s"}, ${a.mentions} mention${a.mentions === 1 ? "" : "s"}`,
    );
  }
  out.push("", "Quotes");
  if (r.quotes.length === 0) out.push("  (no attributed quotes found by the stages above)");
  for (const q of r.quotes) {
    const words = q.direct ? `“${clip(q.text, 90)}”` : `${clip(q.text, 90)} [reported]`;
    out.push(`  ${q.speakerName}: ${words}`);
  }
  const first = r.documents[0]?.id.slice(0, 8) ?? "ID";
  out.push(
    "",
    `Store totals: ${r.stats.documents} documents, ${r.stats.entities} actors, ${r.stats.quotes} quotes, ` +
      `${r.stats.figures} figures, ${r.stats.times} dates/times, ${r.stats.messages} messages`,
    `Next: sitrep search cholera · sitrep show ${first} · sitrep export --out dossier.json`,
  );
  return `${out.join("\n")}\n`;
}
