import type Database from "better-sqlite3";
import { SitrepError } from "../../errors/errors.ts";

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run. Append new
 * ones at the end and never edit a released one: databases in the field already ran it.
 */
export const MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  {
    name: "documents, facts and full-text search",
    sql: `
      -- seq is the rowid the FTS index refers to: an INTEGER PRIMARY KEY never changes on VACUUM,
      -- unlike the implicit rowid. id (the content hash) is the key everything else uses.
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        external_id TEXT,
        source TEXT,
        title TEXT,
        published TEXT,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        length INTEGER NOT NULL,
        result_json TEXT NOT NULL,
        stages TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_external_id ON documents(external_id) WHERE external_id IS NOT NULL;

      CREATE TABLE entities (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases_json TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX entities_name ON entities(type, name);

      CREATE TABLE mentions (
        doc_id TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        via TEXT,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        FOREIGN KEY (doc_id, entity_id) REFERENCES entities(doc_id, entity_id) ON DELETE CASCADE
      );
      CREATE INDEX mentions_entity ON mentions(doc_id, entity_id);

      CREATE TABLE quotes (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        direct INTEGER NOT NULL,
        speaker TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE figures (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        value REAL NOT NULL,
        value_max REAL,
        unit TEXT,
        qualifier TEXT,
        what TEXT,
        source TEXT,
        place TEXT,
        hxl TEXT,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE times (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        mod TEXT,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX times_value ON times(value);

      CREATE TABLE messages (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        rule TEXT NOT NULL,
        message TEXT NOT NULL,
        suggestion TEXT,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;

      -- External-content FTS5 index over documents(title, text), kept in step by triggers inside the
      -- same transaction as the row. remove_diacritics lets "Jose" find "José".
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
  {
    name: "reviews and actor links",
    sql: `
      -- A review names its fact by layer and span, not by row: facts are rewritten on re-extraction,
      -- spans into the same text are not. Reviews go only with their document.
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        action TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject')),
        correction_json TEXT,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX reviews_doc ON reviews(doc_id, kind, span_start, span_end);

      CREATE TABLE actor_links (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
    `,
  },
];

/** Brings a database up to the latest schema; each migration is its own transaction. */
export function migrate(db: Database.Database, location: string): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new SitrepError(
      "STORE_ERROR",
      `${location} has schema version ${current}, newer than this sitrep knows (${MIGRATIONS.length})`,
      "update sitrep, or use another --db file",
    );
  }
  MIGRATIONS.slice(current).forEach((migration, i) => {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
  return MIGRATIONS.length;
}
