import type { Command } from "commander";
import { SitrepError } from "../../errors/errors.ts";
import { extractDocument, withMeta } from "../../services/extract.ts";
import { parsePublished, readDocument } from "../../services/input.ts";
import { extractJsonlStream } from "../../services/jsonl.ts";
import { DEFAULT_MAX_BYTES } from "../../text/decode.ts";
import { readInputBytes, writeStdout } from "../io.ts";

interface ExtractOptions {
  published?: string;
  title?: string;
  jsonl?: boolean;
  format?: "text" | "html";
  maxBytes?: string;
  pretty?: boolean;
}

/** `sitrep extract FILE | - | --jsonl`: one result object, or one result per JSON line. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract actors, quotes, figures, dates, events and stances from a document, as JSON")
    .argument("[file]", "plain text (UTF-8) or HTML file; - reads stdin")
    .option("--published <date>", "publication date YYYY-MM-DD: the anchor for relative dates")
    .option("--title <text>", "the document's title")
    .option(
      "--jsonl",
      "batch: read JSON lines {id?, title?, published?, text} on stdin, write one result per line",
    )
    .option("--format <format>", "force the input format: text or html (default: detected)")
    .option("--max-bytes <n>", `largest document accepted (default ${DEFAULT_MAX_BYTES})`)
    .option("--pretty", "indent the JSON output")
    .addHelpText(
      "after",
      "\nExamples:\n  sitrep extract report.txt --published 2025-02-26\n  sitrep extract --jsonl < docs.jsonl > results.jsonl",
    )
    .action(async (file: string | undefined, opts: ExtractOptions) => {
      if (opts.jsonl) {
        if (file && file !== "-") throw usage("--jsonl reads stdin: give no FILE (or -)");
        await extractJsonlStream(process.stdin, (line) => writeStdout(`${line}\n`));
        return;
      }
      if (!file) throw usage("give a FILE to extract, - for stdin, or --jsonl for a batch");
      if (opts.format && opts.format !== "text" && opts.format !== "html")
        throw usage("--format is text or html");
      const maxBytes = opts.maxBytes ? Number(opts.maxBytes) : undefined;
      if (maxBytes !== undefined && !(maxBytes > 0))
        throw usage("--max-bytes takes a positive number of bytes");
      const published = parsePublished(opts.published);
      const bytes = await readInputBytes(file);
      const input = readDocument(bytes, file === "-" ? "stdin" : file, { format: opts.format, maxBytes });
      const result = extractDocument(withMeta(input, { published, title: opts.title ?? null }));
      await writeStdout(`${JSON.stringify(result, null, opts.pretty ? 2 : undefined)}\n`);
    });
}

function usage(message: string): SitrepError {
  return new SitrepError("INVALID_ARGUMENT", message, "see `sitrep extract --help`");
}
