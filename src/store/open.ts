import { existsSync } from "node:fs";
import { SitrepError } from "../errors/errors.ts";
import { SqliteStore } from "./sqlite/sqlite-store.ts";
import type { Store } from "./store.ts";

/** The database file when no --db is given: $SITREP_DB, else ./sitrep.db in the working folder. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITREP_DB || "sitrep.db";
}

/** Help text of the --db option, shared by every store command. */
export const DB_OPTION_HELP = "database file (default: $SITREP_DB, else ./sitrep.db)";

export interface OpenOptions {
  /** Read commands refuse a missing file instead of creating an empty database. */
  readonly mustExist?: boolean;
}

/**
 * Opens the store at `path` (default `defaultDbPath()`). Today that is always SQLite; a
 * postgres:// URL will select the PostgreSQL adapter when there is one.
 */
export function openStore(path: string | undefined, options: OpenOptions = {}): Store {
  const location = path || defaultDbPath();
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      "PostgreSQL is not supported yet",
      "give a SQLite file with --db",
    );
  }
  if (options.mustExist && location !== ":memory:" && !existsSync(location)) {
    throw new SitrepError(
      "NOT_FOUND",
      `no database at ${location}`,
      "run `sitrep ingest PATH…` or `sitrep demo` first, or give the file with --db",
    );
  }
  return new SqliteStore(location);
}
