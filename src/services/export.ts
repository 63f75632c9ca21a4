import { SitrepError } from "../errors/errors.ts";
import type { ReviewRecord, Store, StoredDocument } from "../store/store.ts";
import { exportAnnotations } from "./export-annotations.ts";
import { exportHxl } from "./export-hxl.ts";
import { applyReviews } from "./reviews.ts";

/** Export formats: the full results (json, jsonl), figures as HXL CSV, facts as W3C Web Annotations. */
export const EXPORT_FORMATS = ["json", "jsonl", "hxl", "annotations"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Version of the export file's shape: bumped when a field changes meaning. */
export const EXPORT_VERSION = 1;

/**
 * One document in an export: where it came from, its result with people's reviews applied (rejected
 * facts gone, corrections in), and the reviews themselves.
 */
export function exportEntry(doc: StoredDocument, reviews: readonly ReviewRecord[] = []) {
  return {
    id: doc.id,
    externalId: doc.externalId,
    source: doc.source,
    ingestedAt: doc.ingestedAt,
    stages: doc.stages,
    result: applyReviews(doc.result, reviews),
    reviews,
  };
}

/** Checks a --format value. */
export function parseExportFormat(value: string | undefined): ExportFormat {
  const format = (value ?? "json").toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      `unknown export format "${value}"`,
      `use one of: ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  return format as ExportFormat;
}

/**
 * Streams every stored document through `write`, one document at a time (memory stays flat however
 * large the store). json: `{"sitrep": "export", "version", "documents": [...], "count"}`;
 * jsonl: one entry per line. Returns the number of documents written.
 */
export async function exportDocuments(
  store: Store,
  write: (chunk: string) => void | Promise<void>,
  format: ExportFormat = "json",
): Promise<number> {
  const reviewsOf = (id: string) => store.listReviews(id);
  if (format === "hxl") return exportHxl(store, reviewsOf, write);
  if (format === "annotations") return exportAnnotations(store, reviewsOf, write);
  let count = 0;
  if (format === "json") await write(`{"sitrep":"export","version":${EXPORT_VERSION},"documents":[`);
  for await (const doc of store.iterateDocuments()) {
    const entry = JSON.stringify(exportEntry(doc, await reviewsOf(doc.id)));
    if (format === "json") await write(`${count === 0 ? "\n" : ",\n"}${entry}`);
    else await write(`${entry}\n`);
    count++;
  }
  if (format === "json") await write(`${count === 0 ? "" : "\n"}],"count":${count}}\n`);
  return count;
}
