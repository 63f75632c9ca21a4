import { SitrepError } from "../errors/errors.ts";
import { findBadSpans } from "../model/validate.ts";
import { contentId } from "../services/input.ts";
import type { DocumentRecord } from "./store.ts";

/**
 * Refuses a record that would break the store's promises, before any write: the id must be the
 * content hash of the text (so one text is stored once), and every span must slice the text.
 * Every adapter calls this first; the error is STORE_REJECTED (this document only, not the store).
 */
export function checkRecord(record: DocumentRecord): void {
  const { result } = record;
  const label = record.source ?? record.externalId ?? record.id;
  if (record.id !== contentId(result.text)) {
    throw new SitrepError("STORE_REJECTED", `${label}: id ${record.id} is not the content hash of its text`);
  }
  const bad = findBadSpans(result, result.text.length);
  if (bad.length > 0) {
    const first = bad[0];
    throw new SitrepError(
      "STORE_REJECTED",
      `${label}: ${bad.length} span(s) outside the text, first at ${first?.path} [${first?.span.start}, ${first?.span.end})`,
      "this is an extractor bug: report it with the document",
    );
  }
}
