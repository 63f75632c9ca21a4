import type { Command } from "commander";
import { EXPORT_FORMATS, exportDocuments, parseExportFormat } from "../../services/export.ts";
import { writeFileAtomically } from "../../services/export-file.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";
import { writeStdout } from "../io.ts";

interface ExportOptions {
  db?: string;
  format?: string;
  out?: string;
}

/** `sitrep export`: every stored document with its result, streamed. */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write every stored document with its extracted facts")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--format <format>", `${EXPORT_FORMATS.join(" or ")}`, "json")
    .option("--out <file>", "write to a file (atomically: complete or not at all) instead of stdout")
    .addHelpText(
      "after",
      `
json: {"sitrep": "export", "version": 1, "documents": [{id, externalId, source, ingestedAt, stages,
result, reviews}], "count"}, where result is the \`sitrep extract\` object with reviews applied.
jsonl: one document per line. hxl: one figure per row, CSV with an HXL hashtag row (for HDX tools).
annotations: every fact as a W3C Web Annotation (JSON-LD) with TextQuote and TextPosition selectors.

Examples:
  sitrep export --out dossier.json
  sitrep export --format jsonl | jq -r .result.title
  sitrep export --format hxl --out figures.csv`,
    )
    .action(async (opts: ExportOptions) => {
      const format = parseExportFormat(opts.format);
      const store = openStore(opts.db, { mustExist: true });
      try {
        const out = opts.out;
        if (out) {
          let count = 0;
          await writeFileAtomically(out, async (write) => {
            count = await exportDocuments(store, write, format);
          });
          process.stderr.write(`exported ${count} document${count === 1 ? "" : "s"} to ${out}\n`);
        } else {
          await exportDocuments(store, (chunk) => writeStdout(chunk), format);
        }
      } finally {
        await store.close();
      }
    });
}
