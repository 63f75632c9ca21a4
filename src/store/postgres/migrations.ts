/**
 * Schema migrations for PostgreSQL, numbered like the SQLite ones (src/store/sqlite/migrations.ts)
 * and recorded in `schema_migrations`. Every statement runs with `search_path` set to the store's
 * schema, so names are unqualified. Append new ones at the end; never edit a released one.
 */
export const MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  {
    name: "documents, facts and full-text search",
    sql: `
      -- Words as written (no stemming, no stop words, like SQLite's unicode61) without accents, so
      -- "Jose" finds "José". unaccent is a trusted contrib extension, shared by the whole database:
      -- it goes to public (never to this schema, which a test may drop) unless it is already installed.
      CREATE TEXT SEARCH CONFIGURATION sitrep_text (COPY = pg_catalog.simple);
      DO $$
      DECLARE ext_schema name;
      BEGIN
        SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
          WHERE e.extname = 'unaccent';
        IF ext_schema IS NULL THEN
          CREATE EXTENSION unaccent SCHEMA public;
          ext_schema := 'public';
        END IF;
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION sitrep_text ALTER MAPPING FOR asciiword, asciihword,
          hword_asciipart, word, hword, hword_part WITH %I.unaccent, pg_catalog.simple', ext_schema);
      END $$;

      -- id (the content hash, "C" collation so LIKE 'prefix%' uses the index) is the key everything
      -- uses; seq is the ingest order and the paging cursor. The search vector is generated in the same
      -- row write, so it can never lag behind; a tsvector holds at most 1 MB, hence the first million
      -- characters of a text are indexed (titles weigh more: A against B).
      CREATE TABLE documents (
        id TEXT COLLATE "C" PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        external_id TEXT,
        source TEXT,
        title TEXT,
        published TEXT,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        length INTEGER NOT NULL,
        result_json JSON NOT NULL,
        stages TEXT[] NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        search TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector('sitrep_text', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('sitrep_text', left(text, 1000000)), 'B')
        ) STORED
      );
      CREATE INDEX documents_external_id ON documents (external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX documents_search ON documents USING GIN (search);

      CREATE TABLE entities (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases JSON NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, entity_id)
      );
      CREATE INDEX entities_name ON entities (type, name);

      CREATE TABLE mentions (
        doc_id TEXT COLLATE "C" NOT NULL,
        entity_id TEXT NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        via TEXT,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        FOREIGN KEY (doc_id, entity_id) REFERENCES entities (doc_id, entity_id) ON DELETE CASCADE
      );
      CREATE INDEX mentions_entity ON mentions (doc_id, entity_id);

      CREATE TABLE quotes (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        direct BOOLEAN NOT NULL,
        speaker TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );

      CREATE TABLE figures (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        value DOUBLE PRECISION NOT NULL,
        value_max DOUBLE PRECISION,
        unit TEXT,
        qualifier TEXT,
        what TEXT,
        source TEXT,
        place TEXT,
        hxl TEXT,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );

      CREATE TABLE times (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        mod TEXT,
        surface TEXT NOT NULL,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );
      CREATE INDEX times_value ON times (value);

      CREATE TABLE messages (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        rule TEXT NOT NULL,
        message TEXT NOT NULL,
        suggestion TEXT,
        stage TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );
    `,
  },
  {
    name: "reviews and actor links",
    sql: `
      -- A review names its fact by layer and span, not by row: facts are rewritten on re-extraction,
      -- spans into the same text are not. "at" is kept as the caller's ISO string, unchanged.
      CREATE TABLE reviews (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        action TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject')),
        correction_json JSON,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX reviews_doc ON reviews (doc_id, kind, span_start, span_end);

      CREATE TABLE actor_links (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
    `,
  },
];
