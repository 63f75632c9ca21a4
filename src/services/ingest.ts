import { asSitrepError, SitrepError } from "../errors/errors.ts";
import { defaultPipeline } from "../pipeline/default.ts";
import type { Pipeline } from "../pipeline/pipeline.ts";
import type { PutOutcome, Store } from "../store/store.ts";
import { processDocument, withMeta } from "./extract.ts";
import { collectSources } from "./ingest-files.ts";
import { type ReadItem, readSource } from "./ingest-read.ts";
import { contentId, type DocumentInput } from "./input.ts";
import { toResult } from "./result.ts";

export interface IngestOptions {
  /** Publication date for documents that carry none of their own (YYYY-MM-DD, already checked). */
  readonly published?: string | null;
  readonly pipeline?: Pipeline;
  readonly maxBytes?: number;
  /** Called once the files are known, then after each file: drives a progress bar. */
  readonly onProgress?: (progress: { filesDone: number; filesTotal: number; documents: number }) => void;
  /** Called for every document (or failure) as it is handled. */
  readonly onItem?: (item: IngestItem) => void;
}

/** What happened to one document. */
export interface IngestItem {
  readonly source: string;
  readonly outcome: PutOutcome | "failed";
  readonly id: string | null;
  readonly error?: { code: string; message: string };
}

export interface IngestSummary {
  files: number;
  documents: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Every failure with its reason, in input order. */
  failures: { source: string; code: string; message: string }[];
  /** Files inside folders that sitrep does not read (by extension). */
  skipped: string[];
}

/**
 * Extracts and stores one document, unless the store already holds its text extracted by the same
 * stages (then nothing is extracted: a second ingest is fast). Problems with this document become a
 * "failed" item; a failing store (disk full, locked, corrupt) throws and stops the run.
 */
export async function ingestDocument(
  store: Store,
  input: DocumentInput,
  source: string,
  options: IngestOptions = {},
): Promise<IngestItem> {
  const pipeline = options.pipeline ?? defaultPipeline();
  const id = contentId(input.text);
  try {
    const versions = pipeline.versions();
    const stored = await store.stagesOf(id);
    if (stored && stored.join("\n") === versions.join("\n")) return { source, outcome: "unchanged", id };
    const ready = input.meta.published ? input : withMeta(input, { published: options.published ?? null });
    let doc: ReturnType<typeof processDocument>;
    try {
      doc = processDocument(ready, pipeline);
    } catch (err) {
      const message = `${source}: extraction failed (${err instanceof Error ? err.message : String(err)})`;
      throw new SitrepError("EXTRACT_FAILED", message, "this is a sitrep bug: report it with the document");
    }
    const record = {
      id,
      externalId: input.id !== id ? input.id : null,
      source,
      result: toResult(doc, versions),
      provenance: { ...doc.provenance },
    };
    return { source, outcome: await store.putDocument(record), id };
  } catch (err) {
    const e = asSitrepError(err, "STORE_ERROR");
    if (e.code === "STORE_ERROR") throw e;
    return failed(source, e, id);
  }
}

/** Stores documents read elsewhere (the demo, an HTTP upload): one transaction each. */
export async function ingestInputs(
  store: Store,
  items: Iterable<ReadItem> | AsyncIterable<ReadItem>,
  options: IngestOptions = {},
  summary: IngestSummary = emptySummary(),
): Promise<IngestSummary> {
  for await (const item of items) {
    const result =
      "error" in item
        ? failed(item.source, item.error, null)
        : await ingestDocument(store, item.input, item.source, options);
    summary.documents++;
    if (result.outcome === "failed") {
      summary.failed++;
      summary.failures.push({
        source: result.source,
        code: result.error?.code ?? "",
        message: result.error?.message ?? "",
      });
    } else summary[result.outcome]++;
    options.onItem?.(result);
  }
  return summary;
}

/**
 * Ingests files and folders (recursively) into the store. Every document is handled on its own: a
 * bad file or line is reported in the summary and the run goes on.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const sources = await collectSources(paths);
  const summary = emptySummary();
  summary.files = sources.files.length;
  summary.skipped = sources.skipped;
  for (const u of sources.unreadable) {
    const error = new SitrepError("INPUT_UNREADABLE", `${u.path}: ${u.reason}`, "check the path");
    await ingestInputs(store, [{ source: u.path, error }], options, summary);
  }
  const total = sources.files.length;
  options.onProgress?.({ filesDone: 0, filesTotal: total, documents: summary.documents });
  for (const [i, file] of sources.files.entries()) {
    await ingestInputs(store, readSource(file, options.maxBytes), options, summary);
    options.onProgress?.({ filesDone: i + 1, filesTotal: total, documents: summary.documents });
  }
  return summary;
}

function emptySummary(): IngestSummary {
  return { files: 0, documents: 0, added: 0, updated: 0, unchanged: 0, failed: 0, failures: [], skipped: [] };
}

function failed(source: string, err: SitrepError, id: string | null): IngestItem {
  return { source, outcome: "failed", id, error: { code: err.code, message: err.describe() } };
}
