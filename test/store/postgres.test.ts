import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { SitrepError } from "../../src/errors/errors.ts";
import { openStore } from "../../src/store/open.ts";
import { parsePostgresUrl } from "../../src/store/postgres/connection.ts";
import { MIGRATIONS } from "../../src/store/postgres/migrations.ts";
import { PostgresStore } from "../../src/store/postgres/postgres-store.ts";
import { storeContract } from "./contract.ts";
import { makeRecord, SAMPLE } from "./records.ts";

/** The test server (trust auth, current OS user); SITREP_TEST_PG points elsewhere. */
const URL_ = process.env.SITREP_TEST_PG ?? "postgres://127.0.0.1:5432/test";
/** A plain connection for checks behind the store's back, with the store's user defaults. */
const adminClient = () => new pg.Client({ ...parsePostgresUrl(URL_).config, connectionTimeoutMillis: 3000 });

async function reachable(): Promise<boolean> {
  const client = adminClient();
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (err) {
    console.warn(
      `PostgreSQL at ${URL_} is unreachable (${(err as Error).message}): skipping its store tests`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const up = await reachable();
// One schema per test, named after this run, all dropped at the end.
const run = `sitrep_test_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
const freshSchema = () => {
  schemas.push(`${run}_${schemas.length + 1}`);
  return schemas.at(-1) as string;
};
afterAll(async () => {
  if (!up || schemas.length === 0) return;
  const admin = adminClient();
  await admin.connect();
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await admin.end();
});

const code = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SitrepError);
  return (err as SitrepError).code;
};

describe.skipIf(!up)("postgres", () => {
  storeContract("postgres", () => new PostgresStore(URL_, { schema: freshSchema() }));

  describe("PostgresStore specifics", () => {
    it("stores the same text once when two sessions put it at the same moment", async () => {
      const schema = freshSchema();
      const [a, b] = [new PostgresStore(URL_, { schema }), new PostgresStore(URL_, { schema })];
      const record = makeRecord(SAMPLE, { title: "Twice" });
      // Both stores also migrate the new schema concurrently (the advisory lock orders them).
      const outcomes = await Promise.all([a.putDocument(record), b.putDocument(record)]);
      expect(outcomes.sort()).toEqual(["added", "unchanged"]);
      expect(await a.stats()).toMatchObject({ documents: 1, entities: 2, mentions: 4, quotes: 1 });
      // Within one store (two pool connections) too.
      const other = makeRecord("A second fictional bulletin about Port Kesh.");
      expect((await Promise.all([a.putDocument(other), a.putDocument(other)])).sort()).toEqual([
        "added",
        "unchanged",
      ]);
      await Promise.all([a.close(), b.close()]);
    });

    it("records the migrations, keeps data across reopening, and opens through openStore", async () => {
      const schema = freshSchema();
      const first = new PostgresStore(URL_, { schema, now: () => new Date("2026-01-02T03:04:05Z") });
      await first.putDocument(makeRecord(SAMPLE, { title: "Kept" }));
      await first.close();
      const again = openStore(`${URL_}?schema=${schema}`, { mustExist: true });
      expect(again).toBeInstanceOf(PostgresStore);
      expect((await again.listDocuments())[0]).toMatchObject({
        title: "Kept",
        ingestedAt: "2026-01-02T03:04:05.000Z",
      });
      expect(await again.putDocument(makeRecord(SAMPLE))).toBe("unchanged");
      const admin = adminClient();
      await admin.connect();
      const versions = await admin.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
      expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
      await admin.query(
        `INSERT INTO ${schema}.schema_migrations VALUES (${MIGRATIONS.length + 1}, 'future')`,
      );
      await admin.end();
      await again.close();
      const newer = new PostgresStore(URL_, { schema });
      expect(await code(newer.stats())).toBe("STORE_ERROR");
      await expect(newer.stats()).rejects.toThrow(/newer than this sitrep knows/);
      await newer.close();
    });

    it("refuses to create a schema for read commands, and to use an unsafe schema name", async () => {
      const missing = openStore(`${URL_}?schema=${freshSchema()}`, { mustExist: true });
      expect(await code(missing.listDocuments())).toBe("NOT_FOUND");
      await missing.close();
      expect(() => new PostgresStore(URL_, { schema: 'x"; DROP TABLE y' })).toThrow(
        /not a usable schema name/,
      );
    });

    it("highlights with any markers, and accepts FTS-style OR, NOT and phrases", async () => {
      const store = new PostgresStore(URL_, { schema: freshSchema() });
      await store.putDocument(
        makeRecord("Convoy stopped at the checkpoint, said the driver.", { title: "A" }),
      );
      await store.putDocument(makeRecord("The convoy passed without trouble.", { title: "B" }));
      const [hit] = await store.search("checkpoint", { highlight: ["\x1b[1m", '"\x1b[22m'] });
      expect(hit?.snippet).toContain('\x1b[1mcheckpoint"\x1b[22m');
      const titles = async (q: string) =>
        (await store.search(q, { syntax: "fts" })).map((h) => h.title).sort();
      expect(await titles("checkpoint OR trouble")).toEqual(["A", "B"]);
      expect(await titles("convoy NOT checkpoint")).toEqual(["B"]);
      expect(await titles('"convoy passed"')).toEqual(["B"]);
      expect(await code(store.search("(convoy OR x) AND y", { syntax: "fts" }))).toBe("INVALID_ARGUMENT");
      await store.close();
    });
  });
});

describe("PostgresStore without a server", () => {
  it("reports a refused connection as STORE_ERROR saying what to check, without the password", async () => {
    const store = openStore("postgres://someone:s3cret@127.0.0.1:1/nowhere");
    expect(store.location).not.toContain("s3cret");
    const err = await store.stats().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SitrepError);
    expect((err as SitrepError).code).toBe("STORE_ERROR");
    expect((err as SitrepError).hint).toMatch(/running and listening/);
    expect((err as SitrepError).message).not.toContain("s3cret");
    await store.close();
  });
});
