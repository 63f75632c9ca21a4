import pg from "pg";
import { SitrepError } from "../../errors/errors.ts";
import type { ExtractResult } from "../../services/result.ts";
import { checkRecord } from "../record-check.ts";
import type * as S from "../store.ts";
import { isRecordRejection, parsePostgresUrl, storeError } from "./connection.ts";
import { migrate } from "./migrate.ts";
import {
  countAll,
  listQuotes,
  SUMMARY_COLUMNS,
  type SummaryRow,
  topActors,
  toStored,
  toSummary,
} from "./queries.ts";
import { listActorLinks, listReviews, putActorLink, putReview } from "./reviews.ts";
import { searchDocuments } from "./search.ts";
import { putDocument } from "./write.ts";

export interface PostgresStoreOptions {
  /** The schema to use instead of the URL's `?schema=` (default "sitrep"); created when missing. */
  readonly schema?: string;
  /** Read commands: a schema sitrep never set up is NOT_FOUND rather than created. */
  readonly mustExist?: boolean;
  /** Clock for ingest timestamps (the store may read the time; extractors never do). */
  readonly now?: () => Date;
}

type StoredRow = SummaryRow & { result_json: ExtractResult };

/**
 * The networked store: PostgreSQL through `pg`. Nothing connects in the constructor (openStore is
 * synchronous); the first call connects and brings the schema up to date, and a failure there is a
 * STORE_ERROR that says what to check. Several processes may share one database safely.
 */
export class PostgresStore implements S.Store {
  readonly location: string;
  readonly schema: string;
  readonly #pool: pg.Pool;
  readonly #mustExist: boolean;
  readonly #now: () => Date;
  #ready: Promise<pg.Pool> | null = null;
  #closed = false;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    const target = parsePostgresUrl(url, options.schema);
    this.location = target.location;
    this.schema = target.schema;
    this.#mustExist = options.mustExist ?? false;
    this.#now = options.now ?? (() => new Date());
    this.#pool = new pg.Pool(target.config);
    // A dropped idle connection (server restart, idle timeout) must not crash the process: the
    // pool opens a new one for the next query.
    this.#pool.on("error", () => undefined);
  }

  /** The pool, once connected and migrated; a failed attempt is retried on the next call. */
  #db(): Promise<pg.Pool> {
    if (this.#closed) {
      return Promise.reject(new SitrepError("STORE_ERROR", `${this.location}: the store is closed`));
    }
    this.#ready ??= this.#setUp().catch((err: unknown) => {
      this.#ready = null;
      throw storeError(err, this.location);
    });
    return this.#ready;
  }

  async #setUp(): Promise<pg.Pool> {
    const client = await this.#pool.connect();
    try {
      await migrate(client, this.schema, this.location, this.#mustExist);
    } finally {
      client.release();
    }
    return this.#pool;
  }

  /** Runs one read or write on the pool, mapping failures to SitrepErrors. */
  async #run<T>(fn: (db: pg.Pool) => Promise<T>): Promise<T> {
    const db = await this.#db();
    try {
      return await fn(db);
    } catch (err) {
      throw storeError(err, this.location);
    }
  }

  async putDocument(record: S.DocumentRecord): Promise<S.PutOutcome> {
    checkRecord(record);
    const client = await this.#run((db) => db.connect());
    let broken = false;
    try {
      return await putDocument(client, record, this.#now());
    } catch (err) {
      if (isRecordRejection(err)) {
        const label = record.source ?? record.id;
        const why = (err as Error).message;
        throw new SitrepError("STORE_REJECTED", `${label}: the store refused its facts (${why})`);
      }
      // No SQLSTATE: the connection itself failed; do not hand it to the next caller.
      broken = !(err as { severity?: string }).severity;
      throw storeError(err, this.location);
    } finally {
      client.release(broken);
    }
  }

  async stagesOf(id: string): Promise<string[] | null> {
    const res = await this.#run((db) => db.query("SELECT stages FROM documents WHERE id = $1", [id]));
    return (res.rows[0]?.stages as string[] | undefined) ?? null;
  }

  async getDocument(id: string): Promise<S.StoredDocument | null> {
    const sql = `SELECT ${SUMMARY_COLUMNS}, d.result_json FROM documents d WHERE d.id = $1`;
    const res = await this.#run((db) => db.query<StoredRow>(sql, [id]));
    return res.rows[0] ? toStored(res.rows[0]) : null;
  }

  async findIds(key: string, limit = 10): Promise<string[]> {
    return this.#run(async (db) => {
      const ids = async (sql: string, args: unknown[]) =>
        (await db.query(sql, args)).rows.map((r) => r.id as string);
      const exact = await ids("SELECT id FROM documents WHERE id = $1", [key]);
      if (exact.length > 0) return exact;
      const byExternal = "SELECT id FROM documents WHERE external_id = $1 ORDER BY seq LIMIT $2";
      const external = await ids(byExternal, [key, limit]);
      if (external.length > 0 || key === "") return external;
      const like = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return ids("SELECT id FROM documents WHERE id LIKE $1 ORDER BY seq LIMIT $2", [like, limit]);
    });
  }

  async listDocuments(options: { limit?: number; after?: number } = {}): Promise<S.DocumentSummary[]> {
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`;
    const res = await this.#run((db) =>
      db.query<SummaryRow>(sql, [options.after ?? 0, options.limit ?? 100]),
    );
    return res.rows.map(toSummary);
  }

  async *iterateDocuments(options: { pageSize?: number } = {}): AsyncIterable<S.StoredDocument> {
    const sql = `SELECT ${SUMMARY_COLUMNS}, d.result_json FROM documents d WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`;
    let after = 0;
    for (;;) {
      // Keyset pages, not one open cursor: the consumer may await between documents.
      const res = await this.#run((db) => db.query<StoredRow>(sql, [after, options.pageSize ?? 50]));
      for (const row of res.rows) yield toStored(row);
      const last = res.rows.at(-1);
      if (!last) return;
      after = last.seq;
    }
  }

  async search(query: string, options: S.SearchOptions = {}): Promise<S.SearchHit[]> {
    return this.#run((db) => searchDocuments(db, query, options));
  }

  async stats(): Promise<S.StoreStats> {
    return this.#run(countAll);
  }

  async topActors(options: { limit?: number; docIds?: readonly string[] } = {}): Promise<S.ActorCount[]> {
    return this.#run((db) => topActors(db, options));
  }

  async listQuotes(options: { docId?: string; limit?: number } = {}): Promise<S.QuoteRow[]> {
    return this.#run((db) => listQuotes(db, options));
  }

  async deleteDocument(id: string): Promise<boolean> {
    const res = await this.#run((db) => db.query("DELETE FROM documents WHERE id = $1", [id]));
    return (res.rowCount ?? 0) > 0;
  }

  async putReview(review: S.ReviewRecord): Promise<S.ReviewRecord> {
    return this.#run((db) => putReview(db, review));
  }

  async listReviews(docId?: string): Promise<S.ReviewRecord[]> {
    return this.#run((db) => listReviews(db, docId));
  }

  async putActorLink(link: S.ActorLinkRecord): Promise<void> {
    return this.#run((db) => putActorLink(db, link));
  }

  async listActorLinks(): Promise<S.ActorLinkRecord[]> {
    return this.#run(listActorLinks);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}
