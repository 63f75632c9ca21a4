import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { SitrepError } from "../../src/errors/errors.ts";
import { openStore } from "../../src/store/open.ts";
import { MIGRATIONS } from "../../src/store/sqlite/migrations.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { storeContract } from "./contract.ts";
import { makeRecord, SAMPLE } from "./records.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `store-${++n}.db`);

storeContract("sqlite", () => new SqliteStore(freshPath()));

describe("SqliteStore specifics", () => {
  it("uses WAL, foreign keys and the latest schema version", async () => {
    const store = new SqliteStore(freshPath());
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    await store.close();
  });

  it("keeps documents across reopening, and the FTS index consistent", async () => {
    const path = freshPath();
    const first = new SqliteStore(path, { now: () => new Date("2026-01-02T03:04:05Z") });
    await first.putDocument(makeRecord(SAMPLE, { title: "Kept" }));
    await first.close();
    const again = new SqliteStore(path);
    expect((await again.listDocuments())[0]).toMatchObject({
      title: "Kept",
      ingestedAt: "2026-01-02T03:04:05.000Z",
    });
    expect(await again.putDocument(makeRecord(SAMPLE))).toBe("unchanged");
    expect((await again.search("Orlo")).length).toBe(1);
    expect(() =>
      again.db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')"),
    ).not.toThrow();
    await again.close();
  });

  it("refuses a database from a newer sitrep", async () => {
    const path = freshPath();
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => new SqliteStore(path)).toThrow(/newer than this sitrep knows/);
  });

  it("refuses a file that is not a database, and a missing one for read commands", () => {
    const path = join(dir, "not-a-db.db");
    writeFileSync(path, "this is a text file, not SQLite, and it is long enough to have a header".repeat(20));
    expect(() => new SqliteStore(path)).toThrow(SitrepError);
    expect(() => openStore(join(dir, "missing.db"), { mustExist: true })).toThrow(/no database at/);
  });
});
