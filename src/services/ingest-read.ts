import { readFile, stat } from "node:fs/promises";
import { asSitrepError, SitrepError } from "../errors/errors.ts";
import { DEFAULT_MAX_BYTES } from "../text/decode.ts";
import { byteLines, type SourceFile } from "./ingest-files.ts";
import { type DocumentInput, readDocument } from "./input.ts";
import { parseJsonLine } from "./jsonl.ts";

/** One document read from a source, or the reason it could not be read. */
export type ReadItem =
  | { readonly source: string; readonly input: DocumentInput }
  | { readonly source: string; readonly error: SitrepError };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The documents in one file: one for a text or HTML file, one per line of a JSON lines file, one
 * per element of a .json array. Never throws: every problem becomes an item with an error, so a
 * bad file (or a bad line) never stops the others.
 */
export async function* readSource(file: SourceFile, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<ReadItem> {
  if (file.kind === "jsonl") {
    yield* readJsonLines(file.path);
    return;
  }
  let bytes: Buffer;
  try {
    const { size } = await stat(file.path);
    if (size > maxBytes) {
      // Refuse before reading: a 100 MB file should not be loaded only to be refused.
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new SitrepError(
        "INPUT_TOO_LARGE",
        `${file.path}: ${mb(size)} is larger than the ${mb(maxBytes)} limit for one document`,
        "split it into separate reports, or raise the limit with --max-bytes",
      );
    }
    bytes = await readFile(file.path);
  } catch (err) {
    yield { source: file.path, error: fileError(err, file.path) };
    return;
  }
  if (file.kind === "json") {
    yield* readJsonFile(file.path, bytes);
    return;
  }
  try {
    yield { source: file.path, input: readDocument(bytes, file.path, { maxBytes }) };
  } catch (err) {
    yield { source: file.path, error: asSitrepError(err) };
  }
}

async function* readJsonLines(path: string): AsyncGenerator<ReadItem> {
  try {
    for await (const { lineNo, bytes } of byteLines(path)) {
      const source = `${path}:${lineNo}`;
      try {
        let line: string;
        try {
          line = utf8.decode(bytes);
        } catch {
          throw new SitrepError(
            "INPUT_INVALID_UTF8",
            `line ${lineNo}: invalid UTF-8`,
            "re-encode the file as UTF-8",
          );
        }
        if (line.trim() === "") continue;
        yield { source, input: parseJsonLine(line.replace(/^\uFEFF/, ""), lineNo) };
      } catch (err) {
        yield { source, error: asSitrepError(err, "JSONL_MALFORMED") };
      }
    }
  } catch (err) {
    yield { source: path, error: fileError(err, path) };
  }
}

function* readJsonFile(path: string, bytes: Buffer): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes).replace(/^\uFEFF/, ""));
  } catch (err) {
    const why = err instanceof SyntaxError ? err.message : "invalid UTF-8";
    const hint = 'give one object {"text": "…"} or an array of them, or use .jsonl for one object per line';
    yield {
      source: path,
      error: new SitrepError("JSONL_MALFORMED", `${path}: not valid JSON (${why})`, hint),
    };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (const [i, item] of items.entries()) {
    const source = Array.isArray(value) ? `${path}[${i}]` : path;
    try {
      yield { source, input: parseJsonLine(JSON.stringify(item), i + 1) };
    } catch (err) {
      yield { source, error: asSitrepError(err, "JSONL_MALFORMED") };
    }
  }
}

function fileError(err: unknown, path: string): SitrepError {
  if (err instanceof SitrepError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message;
  return new SitrepError(
    "INPUT_UNREADABLE",
    `${path}: ${why}`,
    "check the path and that the file is readable",
  );
}
