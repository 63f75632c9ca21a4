import type pg from "pg";
import { type FactRows, factRows } from "../fact-rows.ts";
import type { DocumentRecord, PutOutcome } from "../store.ts";

/** Children before parents is not needed (mentions cascade), but it keeps the deletes cheap. */
const FACT_TABLES = ["mentions", "entities", "quotes", "figures", "times", "messages"] as const;

/**
 * One statement per fact table: the rows travel as one JSON array and `json_to_recordset` turns it
 * back into rows, so a document with a thousand mentions costs six round trips, not a thousand.
 * Keys are FactRows' own (camelCase, hence quoted).
 */
const INSERT_FACTS: Record<keyof FactRows, string> = {
  entities: `INSERT INTO entities (doc_id, entity_id, type, name, aliases, stage)
    SELECT $1, r."entityId", r.type, r.name, r.aliases, r.stage
    FROM json_to_recordset($2::json) AS r("entityId" text, type text, name text, aliases json, stage text)`,
  mentions: `INSERT INTO mentions (doc_id, entity_id, span_start, span_end, via, surface, stage)
    SELECT $1, r."entityId", r.start, r."end", r.via, r.surface, r.stage
    FROM json_to_recordset($2::json)
      AS r("entityId" text, start int, "end" int, via text, surface text, stage text)`,
  quotes: `INSERT INTO quotes (doc_id, idx, span_start, span_end, direct, speaker, cue_start, cue_end, surface, stage)
    SELECT $1, r.idx, r.start, r."end", r.direct, r.speaker, r."cueStart", r."cueEnd", r.surface, r.stage
    FROM json_to_recordset($2::json) AS r(idx int, start int, "end" int, direct boolean, speaker text,
      "cueStart" int, "cueEnd" int, surface text, stage text)`,
  figures: `INSERT INTO figures (doc_id, idx, span_start, span_end, value, value_max, unit, qualifier, what, source,
      place, hxl, surface, stage)
    SELECT $1, r.idx, r.start, r."end", r.value, r."valueMax", r.unit, r.qualifier, r.what, r.source, r.place,
      r.hxl, r.surface, r.stage
    FROM json_to_recordset($2::json) AS r(idx int, start int, "end" int, value float8, "valueMax" float8,
      unit text, qualifier text, what text, source text, place text, hxl text, surface text, stage text)`,
  times: `INSERT INTO times (doc_id, idx, span_start, span_end, type, value, mod, surface, stage)
    SELECT $1, r.idx, r.start, r."end", r.type, r.value, r.mod, r.surface, r.stage
    FROM json_to_recordset($2::json) AS r(idx int, start int, "end" int, type text, value text, mod text,
      surface text, stage text)`,
  messages: `INSERT INTO messages (doc_id, idx, span_start, span_end, rule, message, suggestion, stage)
    SELECT $1, r.idx, r.start, r."end", r.rule, r.message, r.suggestion, r.stage
    FROM json_to_recordset($2::json) AS r(idx int, start int, "end" int, rule text, message text,
      suggestion text, stage text)`,
};

const INSERT_DOC = `INSERT INTO documents (id, external_id, source, title, published, format, text, length, result_json,
    stages, ingested_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
  ON CONFLICT (id) DO NOTHING RETURNING seq`;

const UPDATE_DOC = `UPDATE documents SET title = $2, published = $3, format = $4, result_json = $5, stages = $6,
    updated_at = $7, external_id = COALESCE(external_id, $8), source = COALESCE(source, $9)
  WHERE id = $1`;

/**
 * Stores one document and its facts in ONE transaction on `client` (a connection of its own).
 * The row is locked (`FOR UPDATE`) before its stages are compared, and a new row goes in with
 * `ON CONFLICT DO NOTHING`: when two sessions add the same text at once, the second waits for the
 * first to commit, finds the row, and reports "unchanged" — the text is stored once.
 */
export async function putDocument(
  client: pg.ClientBase,
  record: DocumentRecord,
  now: Date,
): Promise<PutOutcome> {
  const rows = factRows(record);
  await client.query("BEGIN");
  try {
    const outcome = await write(client, record, rows, now);
    await client.query("COMMIT");
    return outcome;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  }
}

async function write(c: pg.ClientBase, rec: DocumentRecord, facts: FactRows, now: Date): Promise<PutOutcome> {
  const r = rec.result;
  // A row that vanished between the failed insert and the lock (a concurrent delete) sends us round
  // once more; three rounds means something else is wrong.
  for (let round = 0; round < 3; round++) {
    const found = await c.query("SELECT stages FROM documents WHERE id = $1 FOR UPDATE", [rec.id]);
    const stored = found.rows[0]?.stages as string[] | undefined;
    if (stored !== undefined) {
      if (JSON.stringify(stored) === JSON.stringify(r.stages)) return "unchanged";
      for (const table of FACT_TABLES) await c.query(`DELETE FROM ${table} WHERE doc_id = $1`, [rec.id]);
      const changed = [r.title, r.published, r.meta.format, JSON.stringify(r), r.stages, now];
      await c.query(UPDATE_DOC, [rec.id, ...changed, rec.externalId, rec.source]);
      await insertFacts(c, rec.id, facts);
      return "updated";
    }
    const values = [rec.id, rec.externalId, rec.source, r.title, r.published, r.meta.format, r.text];
    const inserted = await c.query(INSERT_DOC, [...values, r.text.length, JSON.stringify(r), r.stages, now]);
    if (inserted.rowCount === 1) {
      await insertFacts(c, rec.id, facts);
      return "added";
    }
  }
  throw new Error(`document ${rec.id} kept appearing and vanishing during the write: retry`);
}

async function insertFacts(client: pg.ClientBase, id: string, rows: FactRows): Promise<void> {
  for (const table of Object.keys(INSERT_FACTS) as (keyof FactRows)[]) {
    if (rows[table].length === 0) continue;
    await client.query(INSERT_FACTS[table], [id, JSON.stringify(rows[table])]);
  }
}
