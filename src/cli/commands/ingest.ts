import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { SitrepError } from "../../errors/errors.ts";
import { type IngestSummary, ingestPaths } from "../../services/ingest.ts";
import { DOCUMENT_EXTENSIONS, JSONL_EXTENSIONS } from "../../services/ingest-files.ts";
import { parsePublished } from "../../services/input.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";
import { writeStdout } from "../io.ts";

interface IngestOptions {
  db?: string;
  published?: string;
  maxBytes?: string;
  json?: boolean;
  progress?: boolean;
}

/** `sitrep ingest PATH…`: reads files and folders into the store, each document once. */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("extract files, folders and JSON lines into the store; documents already stored are skipped")
    .argument("<paths...>", "files or folders (read recursively; hidden files are skipped)")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--published <date>", "publication date YYYY-MM-DD for documents that carry none of their own")
    .option("--max-bytes <n>", "largest document accepted, in bytes")
    .option("--json", "print the summary as JSON")
    .option("--no-progress", "no progress bar (it is shown only when stderr is a terminal)")
    .addHelpText(
      "after",
      `
Reads in folders: ${DOCUMENT_EXTENSIONS.join(" ")} as documents (HTML through the article
extractor), ${JSONL_EXTENSIONS.join(" ")} as one JSON object {id?, title?, published?, text} per line.
A .json file named explicitly holds one such object or an array of them.
Each document is stored with its facts in one transaction, keyed by a hash of its text: running
again stores nothing twice, and an interrupted run can simply be repeated.
Exit status: 0 when every document was stored, 1 when any failed (reasons are listed), 2 on usage.

Examples:
  sitrep ingest reports/
  sitrep ingest --db crisis.db --published 2025-02-26 article.html notes.jsonl`,
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      const published = parsePublished(opts.published);
      const maxBytes = opts.maxBytes === undefined ? undefined : Number(opts.maxBytes);
      if (maxBytes !== undefined && !(maxBytes > 0)) {
        throw new SitrepError(
          "INVALID_ARGUMENT",
          "--max-bytes takes a positive number of bytes",
          "see `sitrep ingest --help`",
        );
      }
      const store = openStore(opts.db);
      const bar = opts.progress !== false && process.stderr.isTTY ? progressBar() : null;
      let summary: IngestSummary;
      try {
        summary = await ingestPaths(store, paths, {
          published,
          maxBytes,
          onProgress: ({ filesDone, filesTotal, documents }) => {
            if (filesDone === 0) bar?.start(filesTotal, 0, { documents });
            else bar?.update(filesDone, { documents });
          },
        });
      } finally {
        bar?.stop();
        await store.close();
      }
      if (opts.json) await writeStdout(`${JSON.stringify({ db: store.location, ...summary })}\n`);
      else await writeStdout(describeSummary(summary, store.location));
      if (summary.documents === 0) {
        throw new SitrepError(
          "NOT_FOUND",
          `no documents found in ${paths.join(", ")}`,
          `sitrep reads ${[...DOCUMENT_EXTENSIONS, ...JSONL_EXTENSIONS].join(" ")} files`,
        );
      }
      if (summary.failed > 0) {
        throw new SitrepError(
          "INGEST_INCOMPLETE",
          `${summary.failed} of ${summary.documents} documents failed`,
          "see the reasons above; fix them and run again (stored documents are not repeated)",
        );
      }
    });
}

function progressBar(): SingleBar {
  return new SingleBar({
    stream: process.stderr,
    format: "ingest [{bar}] {value}/{total} files · {documents} documents · {eta_formatted} left",
    hideCursor: true,
    clearOnComplete: true,
  });
}

/** The end-of-run summary for a person: counts, then every failure with its reason. */
export function describeSummary(s: IngestSummary, location: string): string {
  const lines = [
    `${s.documents} document${s.documents === 1 ? "" : "s"} from ${s.files} file${s.files === 1 ? "" : "s"} → ${location}: ` +
      `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`,
  ];
  if (s.failures.length > 0) {
    lines.push("Failed:");
    for (const f of s.failures) {
      lines.push(`  ${f.message.startsWith(f.source) ? f.message : `${f.source}: ${f.message}`} [${f.code}]`);
    }
  }
  if (s.skipped.length > 0) {
    const shown = s.skipped.slice(0, 5).join(", ");
    lines.push(
      `Skipped ${s.skipped.length} file(s) of a kind sitrep does not read: ${shown}${s.skipped.length > 5 ? ", …" : ""}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
