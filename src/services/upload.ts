import { asSitrepError } from "../errors/errors.ts";
import { DEFAULT_STAGES } from "../pipeline/default.ts";
import type { Store } from "../store/store.ts";
import { withMeta } from "./extract.ts";
import { type IngestItem, ingestInputs } from "./ingest.ts";
import type { ReadItem } from "./ingest-read.ts";
import { parsePublished, readDocument } from "./input.ts";
import { parseJsonLine } from "./jsonl.ts";

export interface UploadOptions {
  /** The request's media type: text/plain, text/html or application/x-ndjson. */
  contentType: string;
  /** A name for messages and the stored source ("report.html"). */
  name: string;
  published?: string;
  title?: string;
}

/**
 * Ingests an uploaded body: one document (text or HTML) or one per JSON line. Every document is
 * stored in its own transaction; failures are items with a reason, never a half-stored document.
 */
export async function ingestUpload(
  store: Store,
  bytes: Uint8Array,
  options: UploadOptions,
): Promise<IngestItem[]> {
  const published = parsePublished(options.published, "published");
  const items: IngestItem[] = [];
  await ingestInputs(store, readUpload(bytes, options), { published, onItem: (i) => items.push(i) });
  return items;
}

function* readUpload(bytes: Uint8Array, options: UploadOptions): Generator<ReadItem> {
  const source = `upload:${options.name}`;
  if (options.contentType === "application/x-ndjson" || options.contentType === "application/jsonl") {
    const lines = Buffer.from(bytes).toString("utf8").split("\n");
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      try {
        yield { source: `${source}:${i + 1}`, input: parseJsonLine(line, i + 1) };
      } catch (err) {
        yield { source: `${source}:${i + 1}`, error: asSitrepError(err, "JSONL_MALFORMED") };
      }
    }
    return;
  }
  try {
    // text/plain still goes through HTML detection: browsers label many saved pages as plain text.
    const format = options.contentType === "text/html" ? "html" : undefined;
    const input = readDocument(bytes, options.name, { format });
    yield { source, input: withMeta(input, { title: options.title ?? null }) };
  } catch (err) {
    yield { source, error: asSitrepError(err) };
  }
}

/** For each layer, the `name@version` of the stage that made it, from a result's stage list. */
export function layerProvenance(stages: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of stages) {
    const stage = DEFAULT_STAGES.find((s) => `${s.name}@${s.version}` === id || id.startsWith(`${s.name}@`));
    for (const layer of stage?.assigns ?? []) out[layer] = id;
  }
  out.messages = stages.join(", ");
  return out;
}
