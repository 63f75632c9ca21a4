import { createHash } from "node:crypto";
import { SitrepError } from "../errors/errors.ts";
import type { DocMetaInput } from "../model/doc.ts";
import { assertHasText, DEFAULT_MAX_BYTES, decodeText } from "../text/decode.ts";
import { extractHtml, looksLikeHtml } from "../text/html.ts";

/** A document ready for the pipeline: its text (what offsets refer to) and what is known about it. */
export interface DocumentInput {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMetaInput;
}

export interface ReadOptions {
  /** Force a format; by default HTML is detected from the name (.html/.htm) or the content. */
  readonly format?: "text" | "html";
  readonly maxBytes?: number;
}

/** The stable id of a document: a hash of its text, so the same text always gets the same id. */
export function contentId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 32);
}

/** Decodes raw bytes (a file, stdin, an upload) into a DocumentInput, extracting HTML when it is HTML. */
export function readDocument(bytes: Uint8Array, label: string, options: ReadOptions = {}): DocumentInput {
  const raw = decodeText(bytes, label, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return fromString(
    raw,
    label,
    options.format ?? (/\.x?html?$/i.test(label) || looksLikeHtml(raw) ? "html" : "text"),
  );
}

/** Builds a DocumentInput from an already-decoded string. */
export function fromString(raw: string, label: string, format: "text" | "html" = "text"): DocumentInput {
  assertHasText(raw, label);
  if (format === "html") {
    const { text, meta } = extractHtml(raw, label);
    return { id: contentId(text), text, meta };
  }
  return { id: contentId(raw), text: raw, meta: { format: "text" } };
}

/** Checks a publication date given by a person: YYYY-MM-DD and a real calendar day. */
export function parsePublished(value: string | null | undefined, label = "--published"): string | null {
  if (value === undefined || value === null || value === "") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      `${label}: "${value}" is not a date`,
      "write it as YYYY-MM-DD, e.g. 2025-02-26",
    );
  }
  return value;
}
