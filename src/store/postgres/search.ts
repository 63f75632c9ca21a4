import type pg from "pg";
import { SitrepError } from "../../errors/errors.ts";
import type { SearchHit, SearchOptions } from "../store.ts";

/** Something to search for: a letter or a digit (the rest is punctuation to the text parser). */
const WORD = /[\p{L}\p{N}]/u;

const noWords = (query: string) =>
  new SitrepError(
    "INVALID_ARGUMENT",
    `the query "${query}" has no words to search for`,
    "give one or more words",
  );

/**
 * Turns what a person typed into a `to_tsquery` string: every chunk must match ("&"), a
 * "double-quoted phrase" stays a phrase, a trailing * keeps a prefix search. Each chunk goes in as a
 * quoted operand, so PostgreSQL's own parser splits it exactly as it split the document ("U.N." is
 * one token there, "2025-03-04" three) and punctuation can never be query syntax.
 */
export function plainToTsquery(query: string): string {
  const parts: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const raw = m[1] ?? m[2] ?? "";
    const prefix = m[2] !== undefined && raw.endsWith("*");
    const body = prefix ? raw.replace(/\*+$/, "") : raw;
    if (!WORD.test(body)) continue;
    // Inside a quoted operand, backslash escapes and a doubled quote is a quote.
    parts.push(`'${body.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${prefix ? ":*" : ""}`);
  }
  if (parts.length === 0) throw noWords(query);
  return parts.join(" & ");
}

/**
 * The "fts" syntax on PostgreSQL is `websearch_to_tsquery`'s ("phrase", OR, -word), taking FTS5's
 * AND and NOT too, so the same advanced query works on both stores. What websearch would silently
 * misread (an unclosed quote, parentheses, NEAR, column:word) is refused instead.
 */
export function ftsToWebsearch(query: string): string {
  const bad = (why: string) =>
    new SitrepError(
      "INVALID_ARGUMENT",
      `bad search query "${query}": ${why}`,
      'on PostgreSQL, --fts takes "phrases", OR, NOT and -word; or search without --fts',
    );
  if ((query.match(/"/g) ?? []).length % 2 === 1) throw bad("a double quote is not closed");
  const out: string[] = [];
  let negate = false;
  for (const m of query.matchAll(/"[^"]*"|[^\s"]+/g)) {
    const token = m[0];
    if (!token.startsWith('"')) {
      if (/[()]/.test(token)) throw bad("parentheses are not supported");
      if (token === "NEAR" || token.startsWith("NEAR(")) throw bad("NEAR is not supported");
      if (/^[\p{L}_]+:/u.test(token)) throw bad("column filters (name:word) are not supported");
      if (token === "AND") continue;
      if (token === "NOT") {
        negate = true;
        continue;
      }
    }
    out.push(negate ? `-${token}` : token);
    negate = false;
  }
  if (!WORD.test(out.join(" "))) throw noWords(query);
  return out.join(" ");
}

/** ts_headline's option list; values are double-quoted with quotes doubled, so any marker works. */
function headlineOptions(highlight: readonly [string, string]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [
    `StartSel=${quote(highlight[0])}`,
    `StopSel=${quote(highlight[1])}`,
    "MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=2",
    `FragmentDelimiter=${quote(" … ")}`,
  ].join(", ");
}

/**
 * Ranked search: ts_rank with the title (weight A) counting five times the text (B), best first,
 * ties in ingest order. Snippets are made for the returned hits only (ts_headline re-parses text).
 */
export async function searchDocuments(
  db: pg.Pool,
  query: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const fts = options.syntax === "fts";
  const tsquery = fts ? ftsToWebsearch(query) : plainToTsquery(query);
  const parse = fts ? "websearch_to_tsquery" : "to_tsquery";
  const sql = `WITH q AS (SELECT ${parse}('sitrep_text', $1) AS query),
    hits AS (
      SELECT d.seq, d.id, d.external_id, d.title, d.published, d.text,
        ts_rank('{0.1, 0.2, 0.2, 1.0}', d.search, q.query)::float8 AS score
      FROM documents d, q WHERE d.search @@ q.query
      ORDER BY score DESC, d.seq LIMIT $2
    )
    SELECT h.id, h.external_id AS "externalId", h.title, h.published,
      ts_headline('sitrep_text', left(h.text, 1000000), q.query, $3) AS snippet, h.score
    FROM hits h, q ORDER BY h.score DESC, h.seq`;
  const res = await db.query(sql, [
    tsquery,
    options.limit ?? 10,
    headlineOptions(options.highlight ?? ["[", "]"]),
  ]);
  return res.rows as SearchHit[];
}
