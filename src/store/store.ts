import type { ExtractResult } from "../services/result.ts";

/**
 * The storage contract every adapter implements (SQLite now, PostgreSQL later). Methods are async so
 * that a networked database fits the same shape; the shared test suite (test/store/contract.ts) pins
 * the behaviour. Documents are keyed by the content hash of their text: the same text is stored once.
 */
export interface Store {
  /** Where the data lives (a file path, a connection string without secrets), for messages. */
  readonly location: string;

  /**
   * Stores one document with all its facts in ONE transaction: afterwards the whole document is
   * there or none of it is. Same id and same stages → "unchanged" (nothing written); same id with
   * other stages (a newer pipeline) → facts replaced, "updated"; new id → "added".
   */
  putDocument(record: DocumentRecord): Promise<PutOutcome>;

  /** The `name@version` stages a stored document was extracted with, or null when it is not stored. */
  stagesOf(id: string): Promise<string[] | null>;

  /** One document with its stored result, by exact id (content hash); null when absent. */
  getDocument(id: string): Promise<StoredDocument | null>;

  /**
   * Ids matching a key a person typed: the exact id, documents whose external id is the key, or ids
   * starting with the key. At most `limit` ids, in ingest order.
   */
  findIds(key: string, limit?: number): Promise<string[]>;

  /** Documents in ingest order, without their text; `after` is the `seq` of the last one seen. */
  listDocuments(options?: { limit?: number; after?: number }): Promise<DocumentSummary[]>;

  /** Every document with its result, in ingest order, fetched in pages (never all in memory). */
  iterateDocuments(options?: { pageSize?: number }): AsyncIterable<StoredDocument>;

  /** Full-text search over title and text, best first (the store's relevance ranking), with a highlighted snippet. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;

  /** Counts of documents and stored facts. */
  stats(): Promise<StoreStats>;

  /**
   * Actors across documents (all, or those in `docIds`), grouped by type and name, most documents
   * then most mentions first.
   */
  topActors(options?: { limit?: number; docIds?: readonly string[] }): Promise<ActorCount[]>;

  /** Stored quotes with their speaker's name, in document then text order. */
  listQuotes(options?: { docId?: string; limit?: number }): Promise<QuoteRow[]>;

  /**
   * Stores a person's review of one fact (named by document, layer and span, so it outlives
   * re-extraction of the same text). Reviews are kept in order; the latest one of a fact wins.
   */
  putReview(review: ReviewRecord): Promise<ReviewRecord>;

  /** Reviews of one document (or all), oldest first. */
  listReviews(docId?: string): Promise<ReviewRecord[]>;

  /** Stores a person's decision that two actor names are one actor (merge) or two (split). */
  putActorLink(link: ActorLinkRecord): Promise<void>;

  /** Every actor link, oldest first: later extraction runs and views apply them. */
  listActorLinks(): Promise<ActorLinkRecord[]>;

  /** Removes a document and its facts; false when it was not there. */
  deleteDocument(id: string): Promise<boolean>;

  close(): Promise<void>;
}

/** What `putDocument` stores. `result.text` is the text every offset refers to. */
export interface DocumentRecord {
  /** Content hash of `result.text` (services/input.ts `contentId`). */
  readonly id: string;
  /** The caller's own id (a JSON line's "id"), when it differs from the content hash. */
  readonly externalId: string | null;
  /** Where it came from: a file path, "file.jsonl:12", "demo:…". */
  readonly source: string | null;
  readonly result: ExtractResult;
  /** For each layer, the stage that made it (`Doc.provenance`): recorded on every fact row. */
  readonly provenance: Readonly<Record<string, string>>;
}

export type PutOutcome = "added" | "updated" | "unchanged";

export interface FactCounts {
  entities: number;
  mentions: number;
  quotes: number;
  figures: number;
  times: number;
  messages: number;
}

/** A stored document without its text and result. */
export interface DocumentSummary {
  /** Insertion order: stable, usable as a cursor (`listDocuments({after})`). */
  seq: number;
  id: string;
  externalId: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  format: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  stages: string[];
  /** ISO timestamp of the first ingest. */
  ingestedAt: string;
  counts: FactCounts;
}

export interface StoredDocument extends DocumentSummary {
  result: ExtractResult;
}

export interface SearchOptions {
  limit?: number;
  /** "plain" (default): words are matched as given, punctuation is harmless. "fts": the store's advanced syntax (FTS5 on SQLite, websearch on PostgreSQL). */
  syntax?: "plain" | "fts";
  /** Strings put around matched words in snippets; default ["[", "]"]. */
  highlight?: readonly [string, string];
}

export interface SearchHit {
  id: string;
  externalId: string | null;
  title: string | null;
  published: string | null;
  snippet: string;
  /** Relevance: higher is better. */
  score: number;
}

export interface StoreStats extends FactCounts {
  documents: number;
}

export interface ActorCount {
  name: string;
  type: string;
  documents: number;
  mentions: number;
}

export interface QuoteRow {
  docId: string;
  start: number;
  end: number;
  /** The quoted words: `text.slice(start, end)`. */
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerName: string | null;
  stage: string;
}

/** The layers a person can review. */
export type ReviewKind = "entities" | "quotes" | "figures" | "times" | "events" | "stances" | "messages";

/** A person's verdict on one fact, with who and when. */
export interface ReviewRecord {
  docId: string;
  kind: ReviewKind;
  start: number;
  end: number;
  action: "accept" | "correct" | "reject";
  correction: Record<string, unknown> | null;
  reviewer: string;
  /** ISO timestamp. */
  at: string;
}

/** Two actor names declared one actor (merge) or two (split) by a person. */
export interface ActorLinkRecord {
  action: "merge" | "split";
  a: string;
  b: string;
  reviewer: string;
  at: string;
}
