import { userInfo } from "node:os";
import type pg from "pg";
import { SitrepError } from "../../errors/errors.ts";

/** The schema sitrep's tables live in when the URL names none: never `public`, to share no names. */
export const DEFAULT_SCHEMA = "sitrep";

/** True for the `postgres://` and `postgresql://` URLs that select the PostgreSQL store. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export interface PostgresTarget {
  /** Pool settings: the URL's own, plus `search_path` set to the schema on every connection. */
  readonly config: pg.PoolConfig;
  readonly schema: string;
  /** The URL without its password, naming the schema: safe to print, and opens the same store. */
  readonly location: string;
}

/**
 * Reads a connection URL. `?schema=NAME` picks the schema (default "sitrep"); it must be a plain
 * lower-case identifier so it can go into `search_path` and SQL without quoting rules.
 */
export function parsePostgresUrl(url: string, schemaOverride?: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      `"${url}" is not a valid URL`,
      "e.g. postgres://user@host:5432/db",
    );
  }
  const schema = schemaOverride ?? parsed.searchParams.get("schema") ?? DEFAULT_SCHEMA;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      `"${schema}" is not a usable schema name`,
      "use lower-case letters, digits and _ (e.g. ?schema=sitrep_news)",
    );
  }
  parsed.searchParams.delete("schema");
  // Like psql: no user in the URL or the environment means the OS account (pg only reads $USER).
  if (!parsed.username && !process.env.PGUSER && !process.env.USER) parsed.username = osUser() ?? "";
  // The URL's own `options` would replace ours (pg lets the URL win), so merge them.
  const own = parsed.searchParams.get("options");
  parsed.searchParams.delete("options");
  const options = [own, `-c search_path=${schema}`].filter(Boolean).join(" ");
  const safe = new URL(parsed.href);
  safe.password = "";
  for (const key of [...safe.searchParams.keys()]) if (/pass|key/i.test(key)) safe.searchParams.delete(key);
  safe.searchParams.set("schema", schema);
  return {
    config: {
      connectionString: parsed.href,
      options,
      max: 4,
      // An unreachable host fails in seconds rather than hanging an ingest.
      connectionTimeoutMillis: 10_000,
      application_name: "sitrep",
      // Idle connections do not keep a finished CLI command alive.
      allowExitOnIdle: true,
    },
    schema,
    location: safe.href,
  };
}

function osUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

/** Hints for the server's SQLSTATE / Node's socket codes: what a person should check. */
const HINTS: Record<string, string> = {
  ECONNREFUSED: "check that PostgreSQL is running and listening at the host and port of the --db URL",
  ENOTFOUND: "check the host name in the --db URL",
  ETIMEDOUT: "check that the PostgreSQL host is reachable (network, firewall) from here",
  "3D000": "create the database (createdb NAME) or name an existing one in the --db URL",
  "28P01": "check the user and password in the --db URL (or PGPASSWORD / ~/.pgpass)",
  "28000": "the server refused this user or host: check pg_hba.conf and the user in the --db URL",
  "42501": "the user needs the CREATE privilege on the database (for the schema) or on the schema",
  "58P01": "the store needs the unaccent extension: install PostgreSQL's contrib package",
  "0A000": "the store needs the unaccent extension: ask an administrator to run CREATE EXTENSION unaccent",
};

/** A database or connection failure as a STORE_ERROR that says what to check. */
export function storeError(err: unknown, location: string): SitrepError {
  if (err instanceof SitrepError) return err;
  const code = String((err as { code?: unknown }).code ?? "");
  // Node reports a refused "localhost" (tried as ::1 and 127.0.0.1) as an AggregateError without message.
  const inner = (err as { errors?: Error[] }).errors?.[0];
  let message = (err as Error)?.message || inner?.message || String(err);
  if (/timeout/i.test(message) && !code) message = `connection timed out (${message})`;
  const hint = HINTS[code] ?? (/timeout/i.test(message) ? HINTS.ETIMEDOUT : null);
  return new SitrepError(
    "STORE_ERROR",
    `${location}: ${message}`,
    hint ?? "check the --db URL and the server log",
  );
}

/** SQLSTATEs that mean "this document cannot be stored" rather than "the store is broken". */
export function isRecordRejection(err: unknown): boolean {
  const code = String((err as { code?: unknown }).code ?? "");
  // 23: integrity constraints; 22: bad data (a NUL character, a number out of range); 54000: a
  // text too large for its search index.
  return code.startsWith("23") || code.startsWith("22") || code === "54000";
}
