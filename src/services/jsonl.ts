import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { asSitrepError, SitrepError } from "../errors/errors.ts";
import type { Pipeline } from "../pipeline/pipeline.ts";
import { DEFAULT_MAX_BYTES } from "../text/decode.ts";
import { extractDocument, withMeta } from "./extract.ts";
import { type DocumentInput, fromString, parsePublished } from "./input.ts";
import type { ExtractResult } from "./result.ts";

const require = createRequire(import.meta.url);

/** One input line of `--jsonl`: the contract's `{id?, title?, published?, text}`, plus an optional format. */
function buildSchema() {
  const { z } = require("zod") as typeof import("zod");
  return z.object({
    id: z.union([z.string(), z.number()]).optional(),
    title: z.string().nullish(),
    published: z.string().nullish(),
    text: z.string(),
    format: z.enum(["text", "html"]).optional(),
    url: z.string().nullish(),
  });
}

// zod takes ~0.2 s to load: build the schema on the first JSON line, not at start-up.
let schema: ReturnType<typeof buildSchema> | null = null;
/** The JSON-lines input schema (zod), built on first use. */
export function jsonlInputSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

/** A per-line failure: the run goes on. */
export interface JsonlError {
  id: string | null;
  line: number;
  error: { code: string; message: string };
}

/** Parses and validates one JSON line into a DocumentInput (throws SitrepError with a clear message). */
export function parseJsonLine(line: string, lineNo: number): DocumentInput {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    throw new SitrepError(
      "JSONL_MALFORMED",
      `line ${lineNo}: not valid JSON (${(err as Error).message})`,
      'each line must be one JSON object like {"id": "a1", "text": "…"}',
    );
  }
  const parsed = jsonlInputSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `field "${issue.path.join(".")}"` : "the line";
    throw new SitrepError(
      "JSONL_MALFORMED",
      `line ${lineNo}: ${where}: ${issue?.message ?? "invalid"}`,
      'each line needs at least a string "text"; "id", "title", "published" (YYYY-MM-DD) are optional',
    );
  }
  const v = parsed.data;
  const label = `line ${lineNo}`;
  // The same limit as for files: UTF-16 length bounds the UTF-8 size from below, so check bytes only when close.
  if (v.text.length > DEFAULT_MAX_BYTES / 4 && Buffer.byteLength(v.text, "utf8") > DEFAULT_MAX_BYTES) {
    throw new SitrepError(
      "INPUT_TOO_LARGE",
      `${label}: the text is larger than the ${DEFAULT_MAX_BYTES / 1024 / 1024} MB limit for one document`,
      "split it into separate reports",
    );
  }
  const base = fromString(v.text, label, v.format ?? "text");
  const meta = {
    title: v.title ?? null,
    published: parsePublished(v.published, `${label}: published`),
    url: v.url ?? null,
    format: v.format === "html" ? ("html" as const) : ("jsonl" as const),
  };
  return withMeta(base, meta, v.id === undefined ? undefined : String(v.id));
}

/** Best-effort id of a line that failed, so the caller can match the error to its input. */
function idOf(line: string): string | null {
  try {
    const v = JSON.parse(line) as { id?: unknown };
    return typeof v.id === "string" || typeof v.id === "number" ? String(v.id) : null;
  } catch {
    return null;
  }
}

/** Extracts one line; never throws: failures become a JsonlError. */
export function extractJsonLine(
  line: string,
  lineNo: number,
  pipeline?: Pipeline,
): ExtractResult | JsonlError {
  try {
    return extractDocument(parseJsonLine(line, lineNo), pipeline);
  } catch (err) {
    const e = asSitrepError(err, "JSONL_MALFORMED");
    return { id: idOf(line), line: lineNo, error: { code: e.code, message: e.describe() } };
  }
}

/**
 * Reads JSON lines from a stream and writes one result per non-blank input line, in input order.
 * Returns the counts; only an unreadable stream throws.
 */
export async function extractJsonlStream(
  input: Readable,
  write: (line: string) => void | Promise<void>,
  pipeline?: Pipeline,
): Promise<{ ok: number; failed: number }> {
  const counts = { ok: 0, failed: 0 };
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    if (line.trim() === "") continue;
    const out = extractJsonLine(line, lineNo, pipeline);
    if ("error" in out) counts.failed++;
    else counts.ok++;
    await write(JSON.stringify(out));
  }
  return counts;
}
