import { SitrepError } from "../errors/errors.ts";
import type { SearchHit, SearchOptions, Store } from "../store/store.ts";

/** Largest number of hits one search returns. */
export const MAX_SEARCH_LIMIT = 1000;

/** Full-text search over the stored documents (title and text), best first, with snippets. */
export async function searchDocuments(
  store: Store,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new SitrepError("INVALID_ARGUMENT", `--limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`);
  }
  if (query.trim() === "") {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      "the search query is empty",
      "give one or more words to search for",
    );
  }
  return store.search(query, { ...options, limit });
}
