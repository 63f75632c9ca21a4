import type Database from "better-sqlite3";
import { SitrepError } from "../../errors/errors.ts";
import type * as S from "../store.ts";
import { plainToFts } from "./fts-query.ts";

type Db = Database.Database;

/** FTS5 search, bm25 order with the title weighing five times the text, snippets from the text. */
export function searchFts(db: Db, query: string, options: S.SearchOptions): S.SearchHit[] {
  const match = options.syntax === "fts" ? query : plainToFts(query);
  const [open, close] = options.highlight ?? ["[", "]"];
  const sql = `SELECT d.id, d.external_id AS externalId, d.title, d.published,
      snippet(documents_fts, 1, ?, ?, '…', 16) AS snippet, -bm25(documents_fts, 5.0, 1.0) AS score
    FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH ? ORDER BY score DESC, d.seq LIMIT ?`;
  try {
    return db.prepare(sql).all(open, close, match, options.limit ?? 10) as S.SearchHit[];
  } catch (err) {
    if (options.syntax === "fts" && (err as { code?: string }).code === "SQLITE_ERROR") {
      const hint = "check the FTS5 query syntax, or search without --fts to match plain words";
      throw new SitrepError(
        "INVALID_ARGUMENT",
        `bad search query "${query}": ${(err as Error).message}`,
        hint,
      );
    }
    throw err;
  }
}

/** Row counts of the documents and fact tables. */
export function countAll(db: Db): S.StoreStats {
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    documents: n("documents"),
    entities: n("entities"),
    mentions: n("mentions"),
    quotes: n("quotes"),
    figures: n("figures"),
    times: n("times"),
    messages: n("messages"),
  };
}

/** Actors across documents, grouped by type and exact name. */
export function topActors(db: Db, options: { limit?: number; docIds?: readonly string[] }): S.ActorCount[] {
  const sql = `SELECT e.name, e.type, count(DISTINCT e.doc_id) AS documents, count(m.doc_id) AS mentions
    FROM entities e LEFT JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_id = e.entity_id
    WHERE @ids IS NULL OR e.doc_id IN (SELECT value FROM json_each(@ids))
    GROUP BY e.type, e.name ORDER BY documents DESC, mentions DESC, e.name LIMIT @limit`;
  const ids = options.docIds ? JSON.stringify(options.docIds) : null;
  return db.prepare(sql).all({ ids, limit: options.limit ?? 10 }) as S.ActorCount[];
}

/** Quotes with their speaker's name, in ingest then text order. */
export function listQuotes(db: Db, options: { docId?: string; limit?: number }): S.QuoteRow[] {
  const sql = `SELECT q.doc_id AS docId, q.span_start AS start, q.span_end AS "end", q.surface AS text,
      q.direct, q.speaker, e.name AS speakerName, q.stage
    FROM quotes q JOIN documents d ON d.id = q.doc_id
      LEFT JOIN entities e ON e.doc_id = q.doc_id AND e.entity_id = q.speaker
    WHERE @doc IS NULL OR q.doc_id = @doc ORDER BY d.seq, q.idx LIMIT @limit`;
  const rows = db
    .prepare(sql)
    .all({ doc: options.docId ?? null, limit: options.limit ?? 100 }) as S.QuoteRow[];
  return rows.map((r) => ({ ...r, direct: Boolean(r.direct) }));
}
