import Database from "better-sqlite3";
import { SitrepError } from "../../errors/errors.ts";
import type { ExtractResult } from "../../services/result.ts";
import { reviewValues } from "../fact-rows.ts";
import { checkRecord } from "../record-check.ts";
import type * as S from "../store.ts";
import { migrate } from "./migrations.ts";
import { countAll, listQuotes, searchFts, topActors } from "./queries.ts";
import { SUMMARY_COLUMNS, type SummaryRow, toSummary } from "./read.ts";
import { makeWriter } from "./write.ts";

export interface SqliteStoreOptions {
  /** Clock for ingest timestamps (the store may read the time; extractors never do). */
  readonly now?: () => Date;
}

/** The embedded store: SQLite through better-sqlite3 (WAL, foreign keys, FTS5). */
export class SqliteStore implements S.Store {
  readonly location: string;
  readonly db: Database.Database;
  readonly #put: (record: S.DocumentRecord) => S.PutOutcome;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.location = path;
    try {
      this.db = new Database(path);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("foreign_keys = ON");
      // NORMAL in WAL mode: a committed transaction survives a process crash (SIGKILL); only a power
      // cut may lose the last ones, never corrupt the file.
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("busy_timeout = 5000");
      migrate(this.db, path);
    } catch (err) {
      throw storeError(err, path);
    }
    this.#put = makeWriter(this.db, options.now ?? (() => new Date()));
  }

  async putDocument(record: S.DocumentRecord): Promise<S.PutOutcome> {
    checkRecord(record);
    try {
      return this.#put(record);
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      if (code.startsWith("SQLITE_CONSTRAINT")) {
        const label = record.source ?? record.id;
        throw new SitrepError(
          "STORE_REJECTED",
          `${label}: the store refused its facts (${(err as Error).message})`,
        );
      }
      throw storeError(err, this.location);
    }
  }

  async stagesOf(id: string): Promise<string[] | null> {
    const row = this.db.prepare("SELECT stages FROM documents WHERE id = ?").pluck().get(id) as
      | string
      | undefined;
    return row === undefined ? null : (JSON.parse(row) as string[]);
  }

  async getDocument(id: string): Promise<S.StoredDocument | null> {
    const sql = `SELECT ${SUMMARY_COLUMNS}, d.result_json FROM documents d WHERE d.id = ?`;
    const row = this.db.prepare(sql).get(id) as (SummaryRow & { result_json: string }) | undefined;
    return row ? withResult(row) : null;
  }

  async findIds(key: string, limit = 10): Promise<string[]> {
    const ids = (sql: string, ...args: unknown[]) =>
      this.db
        .prepare(sql)
        .pluck()
        .all(...args) as string[];
    const exact = ids("SELECT id FROM documents WHERE id = ?", key);
    if (exact.length > 0) return exact;
    const external = ids("SELECT id FROM documents WHERE external_id = ? ORDER BY seq LIMIT ?", key, limit);
    if (external.length > 0 || key === "") return external;
    const like = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return ids("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY seq LIMIT ?", like, limit);
  }

  async listDocuments(options: { limit?: number; after?: number } = {}): Promise<S.DocumentSummary[]> {
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.seq > ? ORDER BY d.seq LIMIT ?`;
    const rows = this.db.prepare(sql).all(options.after ?? 0, options.limit ?? 100) as SummaryRow[];
    return rows.map(toSummary);
  }

  async *iterateDocuments(options: { pageSize?: number } = {}): AsyncIterable<S.StoredDocument> {
    const sql = `SELECT ${SUMMARY_COLUMNS}, d.result_json FROM documents d WHERE d.seq > ? ORDER BY d.seq LIMIT ?`;
    const page = this.db.prepare(sql);
    let after = 0;
    for (;;) {
      // Keyset pages, not one open cursor: the consumer may await between documents.
      const rows = page.all(after, options.pageSize ?? 50) as (SummaryRow & { result_json: string })[];
      for (const row of rows) yield withResult(row);
      const last = rows.at(-1);
      if (!last) return;
      after = last.seq;
    }
  }

  async search(query: string, options: S.SearchOptions = {}): Promise<S.SearchHit[]> {
    try {
      return searchFts(this.db, query, options);
    } catch (err) {
      throw storeError(err, this.location);
    }
  }

  async stats(): Promise<S.StoreStats> {
    return countAll(this.db);
  }

  async topActors(options: { limit?: number; docIds?: readonly string[] } = {}): Promise<S.ActorCount[]> {
    return topActors(this.db, options);
  }

  async listQuotes(options: { docId?: string; limit?: number } = {}): Promise<S.QuoteRow[]> {
    return listQuotes(this.db, options);
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.db.prepare("DELETE FROM documents WHERE id = ?").run(id).changes > 0;
  }

  async putReview(review: S.ReviewRecord): Promise<S.ReviewRecord> {
    const exists = this.db.prepare("SELECT 1 FROM documents WHERE id = ?").pluck().get(review.docId);
    if (!exists)
      throw new SitrepError("NOT_FOUND", `no document ${review.docId} to review`, "check the document id");
    this.db
      .prepare(
        `INSERT INTO reviews (doc_id, kind, span_start, span_end, action, correction_json, reviewer, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...reviewValues(review));
    return review;
  }

  async listReviews(docId?: string): Promise<S.ReviewRecord[]> {
    const sql = `SELECT doc_id, kind, span_start, span_end, action, correction_json, reviewer, at FROM reviews
      ${docId === undefined ? "" : "WHERE doc_id = ?"} ORDER BY id`;
    const rows = this.db.prepare(sql).all(...(docId === undefined ? [] : [docId])) as ReviewRow[];
    return rows.map((r) => ({
      docId: r.doc_id,
      kind: r.kind as S.ReviewKind,
      start: r.span_start,
      end: r.span_end,
      action: r.action as S.ReviewRecord["action"],
      correction: r.correction_json ? (JSON.parse(r.correction_json) as Record<string, unknown>) : null,
      reviewer: r.reviewer,
      at: r.at,
    }));
  }

  async putActorLink(link: S.ActorLinkRecord): Promise<void> {
    this.db
      .prepare("INSERT INTO actor_links (action, a, b, reviewer, at) VALUES (?, ?, ?, ?, ?)")
      .run(link.action, link.a, link.b, link.reviewer, link.at);
  }

  async listActorLinks(): Promise<S.ActorLinkRecord[]> {
    return this.db
      .prepare("SELECT action, a, b, reviewer, at FROM actor_links ORDER BY id")
      .all() as S.ActorLinkRecord[];
  }

  async close(): Promise<void> {
    if (this.db?.open) this.db.close();
  }
}

function withResult(row: SummaryRow & { result_json: string }): S.StoredDocument {
  return { ...toSummary(row), result: JSON.parse(row.result_json) as ExtractResult };
}

/** A database failure as a SitrepError that says what to check. */
function storeError(err: unknown, location: string): SitrepError {
  if (err instanceof SitrepError) return err;
  const code = (err as { code?: string }).code ?? "";
  const message = (err as Error).message ?? String(err);
  if (code === "SQLITE_NOTADB") {
    return new SitrepError("STORE_ERROR", `${location} is not a sitrep database`, "give another --db file");
  }
  const hint =
    code === "SQLITE_BUSY" ? "another sitrep is writing: wait for it, then retry" : "check the --db path";
  return new SitrepError("STORE_ERROR", `${location}: ${message}`, hint);
}

interface ReviewRow {
  doc_id: string;
  kind: string;
  span_start: number;
  span_end: number;
  action: string;
  correction_json: string | null;
  reviewer: string;
  at: string;
}
