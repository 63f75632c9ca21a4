import type { Command } from "commander";
import { getDocument } from "../../services/documents.ts";
import { clip, viewDocument } from "../../services/documents-view.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";
import type { StoredDocument } from "../../store/store.ts";
import { writeStdout } from "../io.ts";

interface ShowOptions {
  db?: string;
  json?: boolean;
  pretty?: boolean;
  all?: boolean;
}

const FIRST = 8;

/** `sitrep show DOC_ID`: one stored document and its facts. */
export function registerShow(program: Command): void {
  program
    .command("show")
    .description("show a stored document and what was found in it")
    .argument("<id>", "document id, a unique prefix of it, or the document's own id from a JSON line")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--json", "print the stored result object (the `sitrep extract` shape)")
    .option("--pretty", "indent the JSON output")
    .option("--all", `list every fact (default: the first ${FIRST} of each kind)`)
    .addHelpText("after", "\nExamples:\n  sitrep show 3f2a9c1b\n  sitrep show 3f2a9c1b --json > result.json")
    .action(async (id: string, opts: ShowOptions) => {
      const store = openStore(opts.db, { mustExist: true });
      try {
        const doc = await getDocument(store, id);
        if (opts.json)
          await writeStdout(`${JSON.stringify(doc.result, null, opts.pretty ? 2 : undefined)}\n`);
        else await writeStdout(describeDocument(doc, opts.all ? Number.POSITIVE_INFINITY : FIRST));
      } finally {
        await store.close();
      }
    });
}

/** The human summary: what the document is, then its actors, quotes, figures, dates and messages. */
export function describeDocument(doc: StoredDocument, first: number): string {
  const v = viewDocument(doc);
  const c = doc.counts;
  const out = [
    `Document ${doc.id}${doc.externalId ? ` (id in source: ${doc.externalId})` : ""}`,
    `  Title:     ${doc.title ?? "(none)"}`,
    `  Published: ${doc.published ?? "(unknown)"}`,
    `  Source:    ${doc.source ?? "(unknown)"}, ingested ${doc.ingestedAt}`,
    `  Text:      ${doc.length} characters (${doc.format}): “${clip(doc.result.text, 70)}”`,
    `  Stages:    ${doc.stages.join(", ")}`,
    `  Found:     ${c.entities} actors (${c.mentions} mentions), ${c.quotes} quotes, ${c.figures} figures, ` +
      `${c.times} dates/times, ${c.messages} messages`,
  ];
  const section = <T>(title: string, items: T[], line: (item: T) => string) => {
    if (items.length === 0) return;
    out.push("", `${title} (${items.length})`);
    for (const item of items.slice(0, first)) out.push(`  ${line(item)}`);
    if (items.length > first) out.push(`  … ${items.length - first} more (--all lists them)`);
  };
  section("Actors", v.actors, (a) => {
    const also = a.aliases.filter((x) => x !== a.name);
    return `${a.type.padEnd(7)} ${a.name} · ${a.mentions} mention${a.mentions === 1 ? "" : "s"}${also.length ? ` · also ${also.join(", ")}` : ""}`;
  });
  section("Quotes", v.quotes, (q) => {
    const who = q.speaker ?? "(speaker unknown)";
    return `${who}${q.cue ? ` (${q.cue})` : ""}: ${q.direct ? "“" : ""}${clip(q.text)}${q.direct ? "”" : " [reported]"}`;
  });
  section("Figures", v.figures, (f) => {
    const bits = [f.what && `what: ${f.what}`, f.source && `source: ${f.source}`].filter(Boolean);
    return `${f.text} = ${f.value}${bits.length ? ` · ${bits.join(" · ")}` : ""}`;
  });
  section("Dates and times", v.times, (t) => `${t.text} → ${t.value} (${t.type})`);
  section("Messages", v.messages, (m) => {
    return `[${m.rule}] “${clip(m.text, 40)}”: ${m.message}${m.suggestion ? ` (suggestion: ${m.suggestion})` : ""}`;
  });
  return `${out.join("\n")}\n`;
}
