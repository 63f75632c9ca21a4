import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SitrepError } from "../../src/errors/errors.ts";
import { getDocument, resolveDocumentId } from "../../src/services/documents.ts";
import { exportDocuments } from "../../src/services/export.ts";
import { writeFileAtomically } from "../../src/services/export-file.ts";
import { searchDocuments } from "../../src/services/search.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { makeRecord, SAMPLE } from "../store/records.ts";

const root = mkdtempSync(join(tmpdir(), "sitrep-docs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A writer that collects chunks into one string. */
function collector() {
  const chunks: string[] = [];
  return { write: (c: string) => void chunks.push(c), text: () => chunks.join("") };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: unknown) => (e as SitrepError).code,
  );

describe("documents, search and export services", () => {
  let store: SqliteStore;
  const a = makeRecord(SAMPLE, { externalId: "bulletin-7", title: "Roads" });
  const others = Array.from({ length: 40 }, (_, i) => makeRecord(`Fictional filler note ${i}.`));
  beforeEach(async () => {
    store = new SqliteStore(join(root, `db-${++n}.db`));
    await store.putDocument(a);
    for (const r of others) await store.putDocument(r);
  });
  afterEach(() => store.close());

  it("resolves full ids, external ids and unique prefixes; says when a prefix is ambiguous", async () => {
    expect(await resolveDocumentId(store, a.id)).toBe(a.id);
    expect(await resolveDocumentId(store, "bulletin-7")).toBe(a.id);
    expect(await resolveDocumentId(store, a.id.slice(0, 10))).toBe(a.id);
    expect((await getDocument(store, a.id.slice(0, 10))).title).toBe("Roads");
    // 41 ids over 16 hex digits: some one-character prefix is shared (pigeonhole).
    const firsts = [a, ...others].map((r) => r.id[0]);
    const shared = firsts.find((c, i) => firsts.indexOf(c) !== i) ?? "";
    expect(await codeOf(resolveDocumentId(store, shared))).toBe("ID_AMBIGUOUS");
    expect(await codeOf(resolveDocumentId(store, "no-such-doc"))).toBe("NOT_FOUND");
    expect(await codeOf(resolveDocumentId(store, "  "))).toBe("INVALID_ARGUMENT");
  });

  it("searches with a checked limit", async () => {
    expect((await searchDocuments(store, "filler", { limit: 5 })).length).toBe(5);
    expect(await codeOf(searchDocuments(store, "filler", { limit: 0 }))).toBe("INVALID_ARGUMENT");
    expect(await codeOf(searchDocuments(store, "   "))).toBe("INVALID_ARGUMENT");
  });

  it("exports every document as one JSON object, or one line each", async () => {
    const json = collector();
    expect(await exportDocuments(store, json.write, "json")).toBe(41);
    const parsed = JSON.parse(json.text());
    expect(parsed).toMatchObject({ sitrep: "export", version: 1, count: 41 });
    expect(parsed.documents[0]).toMatchObject({ id: a.id, externalId: "bulletin-7", result: a.result });
    const lines = collector();
    await exportDocuments(store, lines.write, "jsonl");
    expect(
      lines
        .text()
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual([a.id, ...others.map((r) => r.id)]);
  });

  it("exports an empty store as valid JSON", async () => {
    const empty = new SqliteStore(join(root, `db-${++n}.db`));
    const json = collector();
    await exportDocuments(empty, json.write);
    expect(JSON.parse(json.text())).toEqual({ sitrep: "export", version: 1, documents: [], count: 0 });
    await empty.close();
  });
});

describe("writeFileAtomically", () => {
  it("replaces the target only when writing succeeded, and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(root, "atomic-"));
    const target = join(dir, "out.json");
    writeFileSync(target, "old");
    const failing = writeFileAtomically(target, async (write) => {
      await write("x".repeat(100_000)); // past the flush size: part of it reached the disk
      throw new Error("disk trouble");
    });
    await expect(failing).rejects.toThrow("disk trouble");
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.json"]);
    await writeFileAtomically(target, async (write) => write("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.json"]);
    const nowhere = writeFileAtomically(join(dir, "no", "such", "dir.json"), async () => undefined);
    expect(await codeOf(nowhere)).toBe("OUTPUT_UNWRITABLE");
    expect(existsSync(join(dir, "no"))).toBe(false);
  });
});
