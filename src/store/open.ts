import { existsSync } from "node:fs";
import { SitrepError } from "../errors/errors.ts";
import { isPostgresUrl } from "./postgres/connection.ts";
import { PostgresStore } from "./postgres/postgres-store.ts";
import { SqliteStore } from "./sqlite/sqlite-store.ts";
import type { Store } from "./store.ts";

/** The database file when no --db is given: $SITREP_DB, else ./sitrep.db in the working folder. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITREP_DB || "sitrep.db";
}

/** Help text of the --db option, shared by every store command. */
export const DB_OPTION_HELP = "database file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)";

export interface OpenOptions {
  /** Read commands refuse a missing file instead of creating an empty database. */
  readonly mustExist?: boolean;
}

/**
 * Opens the store at `path` (default `defaultDbPath()`): a postgres:// or postgresql:// URL selects
 * PostgreSQL (which connects on first use, so connection problems surface from the first call),
 * anything else is a SQLite file.
 */
export function openStore(path: string | undefined, options: OpenOptions = {}): Store {
  const location = path || defaultDbPath();
  if (isPostgresUrl(location)) return new PostgresStore(location, { mustExist: options.mustExist });
  if (options.mustExist && location !== ":memory:" && !existsSync(location)) {
    throw new SitrepError(
      "NOT_FOUND",
      `no database at ${location}`,
      "run `sitrep ingest PATH…` or `sitrep demo` first, or give the file with --db",
    );
  }
  return new SqliteStore(location);
}
