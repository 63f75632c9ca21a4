import { SitrepError } from "../errors/errors.ts";
import type { DocumentSummary, Store, StoredDocument } from "../store/store.ts";

/**
 * Resolves what a person typed to one stored document id: the full id, the document's own external
 * id (a JSON line's "id"), or a prefix of the id as short as it stays unique (like git's short hashes).
 */
export async function resolveDocumentId(store: Store, key: string): Promise<string> {
  const wanted = key.trim();
  if (wanted === "")
    throw new SitrepError("INVALID_ARGUMENT", "give a document id", "list ids with `sitrep search`");
  const ids = await store.findIds(wanted, 6);
  const first = ids[0];
  if (first === undefined) {
    throw new SitrepError(
      "NOT_FOUND",
      `no document ${wanted} in ${store.location}`,
      "find ids with `sitrep search WORDS` or `sitrep export`, or check --db",
    );
  }
  if (ids.length > 1) {
    const shown = ids.slice(0, 5).map((id) => id.slice(0, 12));
    throw new SitrepError(
      "ID_AMBIGUOUS",
      `${wanted} matches ${ids.length > 5 ? "more than 5" : ids.length} documents (${shown.join(", ")}…)`,
      "give more characters of the id",
    );
  }
  return first;
}

/** One stored document with its result, by id, external id or unique id prefix. */
export async function getDocument(store: Store, key: string): Promise<StoredDocument> {
  const doc = await store.getDocument(await resolveDocumentId(store, key));
  if (!doc) throw new SitrepError("NOT_FOUND", `document ${key} disappeared while reading`, "retry");
  return doc;
}

/** Stored documents in ingest order, a page at a time. */
export async function listDocuments(
  store: Store,
  options: { limit?: number; after?: number } = {},
): Promise<DocumentSummary[]> {
  return store.listDocuments(options);
}
