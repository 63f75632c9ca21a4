import type pg from "pg";
import type { ExtractResult } from "../../services/result.ts";
import type * as S from "../store.ts";

/** A document summary with its fact counts (BIGINT counts cast to int: pg returns int8 as strings). */
export const SUMMARY_COLUMNS = `d.seq::float8 AS seq, d.id, d.external_id, d.source, d.title, d.published, d.format,
  d.length, d.stages, d.ingested_at,
  (SELECT count(*)::int FROM entities x WHERE x.doc_id = d.id) AS n_entities,
  (SELECT count(*)::int FROM mentions x WHERE x.doc_id = d.id) AS n_mentions,
  (SELECT count(*)::int FROM quotes x WHERE x.doc_id = d.id) AS n_quotes,
  (SELECT count(*)::int FROM figures x WHERE x.doc_id = d.id) AS n_figures,
  (SELECT count(*)::int FROM times x WHERE x.doc_id = d.id) AS n_times,
  (SELECT count(*)::int FROM messages x WHERE x.doc_id = d.id) AS n_messages`;

/** A row selected with SUMMARY_COLUMNS, as pg hands it over (TEXT[] → array, TIMESTAMPTZ → Date). */
export interface SummaryRow {
  seq: number;
  id: string;
  external_id: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  format: string;
  length: number;
  stages: string[];
  ingested_at: Date;
  n_entities: number;
  n_mentions: number;
  n_quotes: number;
  n_figures: number;
  n_times: number;
  n_messages: number;
}

/** Maps a SummaryRow to the adapter-neutral DocumentSummary. */
export function toSummary(row: SummaryRow): S.DocumentSummary {
  return {
    seq: row.seq,
    id: row.id,
    externalId: row.external_id,
    source: row.source,
    title: row.title,
    published: row.published,
    format: row.format,
    length: row.length,
    stages: row.stages,
    ingestedAt: row.ingested_at.toISOString(),
    counts: {
      entities: row.n_entities,
      mentions: row.n_mentions,
      quotes: row.n_quotes,
      figures: row.n_figures,
      times: row.n_times,
      messages: row.n_messages,
    },
  };
}

/** A summary row with the stored result (JSON columns arrive parsed). */
export function toStored(row: SummaryRow & { result_json: ExtractResult }): S.StoredDocument {
  return { ...toSummary(row), result: row.result_json };
}

/** Row counts of the documents and fact tables, in one round trip. */
export async function countAll(db: pg.Pool): Promise<S.StoreStats> {
  const n = (table: string) => `(SELECT count(*)::int FROM ${table}) AS ${table}`;
  const tables = ["documents", "entities", "mentions", "quotes", "figures", "times", "messages"];
  const res = await db.query(`SELECT ${tables.map(n).join(", ")}`);
  return res.rows[0] as S.StoreStats;
}

/** Actors across documents, grouped by type and exact name. */
export async function topActors(
  db: pg.Pool,
  options: { limit?: number; docIds?: readonly string[] },
): Promise<S.ActorCount[]> {
  const sql = `SELECT e.name, e.type, count(DISTINCT e.doc_id)::int AS documents, count(m.doc_id)::int AS mentions
    FROM entities e LEFT JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_id = e.entity_id
    WHERE $1::text[] IS NULL OR e.doc_id = ANY($1::text[])
    GROUP BY e.type, e.name ORDER BY documents DESC, mentions DESC, e.name COLLATE "C" LIMIT $2`;
  const res = await db.query(sql, [options.docIds ? [...options.docIds] : null, options.limit ?? 10]);
  return res.rows as S.ActorCount[];
}

/** Quotes with their speaker's name, in ingest then text order. */
export async function listQuotes(
  db: pg.Pool,
  options: { docId?: string; limit?: number },
): Promise<S.QuoteRow[]> {
  const sql = `SELECT q.doc_id AS "docId", q.span_start AS start, q.span_end AS "end", q.surface AS text,
      q.direct, q.speaker, e.name AS "speakerName", q.stage
    FROM quotes q JOIN documents d ON d.id = q.doc_id
      LEFT JOIN entities e ON e.doc_id = q.doc_id AND e.entity_id = q.speaker
    WHERE $1::text IS NULL OR q.doc_id = $1 ORDER BY d.seq, q.idx LIMIT $2`;
  const res = await db.query(sql, [options.docId ?? null, options.limit ?? 100]);
  return res.rows as S.QuoteRow[];
}
