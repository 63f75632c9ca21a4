import type Database from "better-sqlite3";
import { type FactRows, factRows } from "../fact-rows.ts";
import type { DocumentRecord, PutOutcome } from "../store.ts";

const FACT_TABLES = ["mentions", "entities", "quotes", "figures", "times", "messages"] as const;

/**
 * Prepares the write path: one IMMEDIATE transaction per document (the write lock is taken before
 * the existence check, so two processes ingesting the same text cannot both add it).
 */
export function makeWriter(db: Database.Database, now: () => Date): (record: DocumentRecord) => PutOutcome {
  const stagesOf = db.prepare("SELECT stages FROM documents WHERE id = ?").pluck();
  const insertDoc = db.prepare(
    `INSERT INTO documents (id, external_id, source, title, published, format, text, length, result_json, stages,
       ingested_at, updated_at)
     VALUES (@id, @externalId, @source, @title, @published, @format, @text, @length, @resultJson, @stages, @now, @now)`,
  );
  const updateDoc = db.prepare(
    `UPDATE documents SET title = @title, published = @published, format = @format, result_json = @resultJson,
       stages = @stages, updated_at = @now, external_id = COALESCE(external_id, @externalId),
       source = COALESCE(source, @source)
     WHERE id = @id`,
  );
  const deleteFacts = FACT_TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE doc_id = ?`));
  const ins = {
    entity: db.prepare(
      "INSERT INTO entities (doc_id, entity_id, type, name, aliases_json, stage) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    mention: db.prepare(
      "INSERT INTO mentions (doc_id, entity_id, span_start, span_end, via, surface, stage) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    quote: db.prepare(
      `INSERT INTO quotes (doc_id, idx, span_start, span_end, direct, speaker, cue_start, cue_end, surface, stage)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    figure: db.prepare(
      `INSERT INTO figures (doc_id, idx, span_start, span_end, value, value_max, unit, qualifier, what, source, place,
         hxl, surface, stage)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    time: db.prepare(
      `INSERT INTO times (doc_id, idx, span_start, span_end, type, value, mod, surface, stage)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    message: db.prepare(
      `INSERT INTO messages (doc_id, idx, span_start, span_end, rule, message, suggestion, stage)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  const insertFacts = (id: string, rows: FactRows): void => {
    for (const e of rows.entities)
      ins.entity.run(id, e.entityId, e.type, e.name, JSON.stringify(e.aliases), e.stage);
    for (const m of rows.mentions) ins.mention.run(id, m.entityId, m.start, m.end, m.via, m.surface, m.stage);
    for (const q of rows.quotes) {
      const { idx, start, end, speaker, cueStart, cueEnd, surface, stage } = q;
      ins.quote.run(id, idx, start, end, q.direct ? 1 : 0, speaker, cueStart, cueEnd, surface, stage);
    }
    for (const f of rows.figures) {
      const { idx, start, end, value, valueMax, unit, qualifier, what, source, place, hxl, surface, stage } =
        f;
      ins.figure.run(
        id,
        idx,
        start,
        end,
        value,
        valueMax,
        unit,
        qualifier,
        what,
        source,
        place,
        hxl,
        surface,
        stage,
      );
    }
    for (const t of rows.times)
      ins.time.run(id, t.idx, t.start, t.end, t.type, t.value, t.mod, t.surface, t.stage);
    for (const m of rows.messages) {
      ins.message.run(id, m.idx, m.start, m.end, m.rule, m.message, m.suggestion, m.stage);
    }
  };

  const put = db.transaction((record: DocumentRecord, rows: FactRows): PutOutcome => {
    const r = record.result;
    const stages = JSON.stringify(r.stages);
    const row = {
      id: record.id,
      externalId: record.externalId,
      source: record.source,
      title: r.title,
      published: r.published,
      format: r.meta.format,
      text: r.text,
      length: r.text.length,
      resultJson: JSON.stringify(r),
      stages,
      now: now().toISOString(),
    };
    const stored = stagesOf.get(record.id) as string | undefined;
    if (stored === stages) return "unchanged";
    if (stored !== undefined) {
      for (const del of deleteFacts) del.run(record.id);
      updateDoc.run(row);
    } else {
      insertDoc.run(row);
    }
    insertFacts(record.id, rows);
    return stored === undefined ? "added" : "updated";
  });

  return (record) => put.immediate(record, factRows(record));
}
