import type { DocumentSummary } from "../store.ts";

/** The columns of a document summary with its fact counts (correlated counts use the doc_id keys). */
export const SUMMARY_COLUMNS = `d.seq, d.id, d.external_id, d.source, d.title, d.published, d.format, d.length,
  d.stages, d.ingested_at,
  (SELECT count(*) FROM entities x WHERE x.doc_id = d.id) AS n_entities,
  (SELECT count(*) FROM mentions x WHERE x.doc_id = d.id) AS n_mentions,
  (SELECT count(*) FROM quotes x WHERE x.doc_id = d.id) AS n_quotes,
  (SELECT count(*) FROM figures x WHERE x.doc_id = d.id) AS n_figures,
  (SELECT count(*) FROM times x WHERE x.doc_id = d.id) AS n_times,
  (SELECT count(*) FROM messages x WHERE x.doc_id = d.id) AS n_messages`;

/** A row selected with SUMMARY_COLUMNS. */
export interface SummaryRow {
  seq: number;
  id: string;
  external_id: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  format: string;
  length: number;
  stages: string;
  ingested_at: string;
  n_entities: number;
  n_mentions: number;
  n_quotes: number;
  n_figures: number;
  n_times: number;
  n_messages: number;
}

/** Maps a SummaryRow to the adapter-neutral DocumentSummary. */
export function toSummary(row: SummaryRow): DocumentSummary {
  return {
    seq: row.seq,
    id: row.id,
    externalId: row.external_id,
    source: row.source,
    title: row.title,
    published: row.published,
    format: row.format,
    length: row.length,
    stages: JSON.parse(row.stages) as string[],
    ingestedAt: row.ingested_at,
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
