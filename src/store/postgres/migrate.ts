import type pg from "pg";
import { SitrepError } from "../../errors/errors.ts";
import { MIGRATIONS } from "./migrations.ts";

/** One key for every sitrep schema in a database: the unaccent extension is shared between them. */
const MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('sitrep.migrate'))";

/**
 * Brings the schema up to the latest version, one transaction per migration, under an advisory lock
 * so two processes opening a new store at once do not both create it. With `mustExist`, a schema
 * that was never set up is NOT_FOUND instead of being created (read commands). Issues no DDL when
 * the schema is current, so a user without CREATE rights can use a store set up by another.
 */
export async function migrate(
  client: pg.ClientBase,
  schema: string,
  location: string,
  mustExist: boolean,
): Promise<number> {
  for (;;) {
    await client.query("BEGIN");
    try {
      await client.query(MIGRATION_LOCK);
      const current = await currentVersion(client, schema, location, mustExist);
      if (current > MIGRATIONS.length) {
        throw new SitrepError(
          "STORE_ERROR",
          `${location} has schema version ${current}, newer than this sitrep knows (${MIGRATIONS.length})`,
          "update sitrep, or use another ?schema= in the --db URL",
        );
      }
      const next = MIGRATIONS[current];
      if (!next) {
        await client.query("COMMIT");
        return current;
      }
      await client.query(next.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        current + 1,
        next.name,
      ]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
  }
}

/** The number of migrations applied; creates the schema and the version table when missing. */
async function currentVersion(
  client: pg.ClientBase,
  schema: string,
  location: string,
  mustExist: boolean,
): Promise<number> {
  const table = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!table.rows[0]?.present) {
    if (mustExist) {
      throw new SitrepError(
        "NOT_FOUND",
        `no sitrep data at ${location}`,
        "run `sitrep ingest PATH…` or `sitrep demo` with this --db first, or check ?schema= in the URL",
      );
    }
    // The schema name was checked to be a plain identifier (connection.ts), so it needs no quoting.
    const ns = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
    if (ns.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`CREATE TABLE ${schema}.schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
  }
  const res = await client.query("SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations");
  return res.rows[0].v as number;
}
