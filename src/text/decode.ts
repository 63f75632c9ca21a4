import { SitrepError } from "../errors/errors.ts";

/** Largest document accepted by default, in bytes: far above any report, far below what would stall a run. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as UTF-8 text, refusing what is not text: empty input, binary content (NUL bytes or
 * many control characters), invalid UTF-8 and documents over `maxBytes`. A leading BOM is dropped.
 * `label` names the input in messages.
 */
export function decodeText(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new SitrepError(
      "INPUT_TOO_LARGE",
      `${label}: ${formatBytes(bytes.length)} is larger than the ${formatBytes(maxBytes)} limit for one document`,
      "split it into separate reports, or raise the limit with --max-bytes",
    );
  }
  if (isBinary(bytes)) {
    throw new SitrepError(
      "INPUT_BINARY",
      `${label}: looks like a binary file, not text`,
      "give sitrep plain text (UTF-8), HTML or JSON lines; convert PDFs and office files to text first",
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SitrepError(
      "INPUT_INVALID_UTF8",
      `${label}: invalid UTF-8 at byte ${at}`,
      "re-encode the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)",
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  assertHasText(text, label);
  return text;
}

/** Refuses text that is empty or only white space. */
export function assertHasText(text: string, label: string): void {
  if (text.trim().length === 0) {
    throw new SitrepError(
      "INPUT_EMPTY",
      `${label}: the document is empty`,
      "give a file that contains the report's text",
    );
  }
}

/** NUL bytes, or more than 10% control characters in the first 8 KiB, mean binary content. */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Byte offset where the first invalid UTF-8 sequence starts, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
