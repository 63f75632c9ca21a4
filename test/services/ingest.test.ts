import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Mention } from "../../src/model/layers.ts";
import { DEFAULT_STAGES, defaultPipeline } from "../../src/pipeline/default.ts";
import { Pipeline } from "../../src/pipeline/pipeline.ts";
import type { Stage } from "../../src/pipeline/stage.ts";
import { ingestPaths } from "../../src/services/ingest.ts";
import { contentId } from "../../src/services/input.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";

const root = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Writes files under a fresh folder; string values are UTF-8, Buffers are written as they are. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = join(root, `case-${++n}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A test stage that makes every "Port Kesh" an entity: shows facts and their stage reach the store. */
const placeStage: Stage = {
  name: "test-places",
  version: "7",
  requires: [],
  assigns: ["entities"],
  run: (doc) => {
    const mentions: Mention[] = [...doc.text.matchAll(/Port Kesh/g)].map((m) => ({
      start: m.index,
      end: m.index + 9,
      type: "GPE",
      via: "rule",
    }));
    const entities = mentions.length
      ? [{ id: "e1", type: "GPE" as const, name: "Port Kesh", aliases: [], mentions }]
      : [];
    return { layers: { entities } };
  },
};

describe("ingestPaths", () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = new SqliteStore(join(root, `db-${++n}.db`));
  });
  afterEach(() => store.close());

  it("walks folders recursively, skips hidden and unknown files, and adds nothing the second time", async () => {
    const dir = folder({
      "a.txt": "A fictional report from Port Kesh.",
      "deep/er/b.md": "Another fictional note.",
      "page.html":
        "<html><head><title>Kesh page</title></head><body><p>Fictional page body text.</p></body></html>",
      ".hidden.txt": "never read",
      ".git/c.txt": "never read either",
      "photo.png": "not text",
      "meta.json": '{"text": "a .json inside a folder is not read"}',
    });
    const first = await ingestPaths(store, [dir]);
    expect(first).toMatchObject({ files: 3, documents: 3, added: 3, unchanged: 0, failed: 0 });
    expect(first.skipped.map((p) => p.slice(dir.length + 1)).sort()).toEqual(["meta.json", "photo.png"]);
    const again = await ingestPaths(store, [dir, join(dir, "a.txt")]);
    expect(again).toMatchObject({ documents: 4, added: 0, unchanged: 4, failed: 0 });
    expect((await store.stats()).documents).toBe(3);
    const html = await store.getDocument(
      (await store.findIds(contentId("Fictional page body text.")))[0] ?? "",
    );
    expect(html?.title).toBe("Kesh page");
  });

  it("reports empty, binary, invalid UTF-8 and too-large files with reasons, and goes on", async () => {
    const dir = folder({
      "empty.txt": "",
      "blank.txt": "  \n\t\n",
      "binary.txt": Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]),
      "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      "big.txt": "x".repeat(5000),
      "ok.txt": "The one good fictional file.",
    });
    const s = await ingestPaths(store, [dir, join(dir, "missing.txt")], { maxBytes: 4000 });
    expect(s).toMatchObject({ added: 1, failed: 6 });
    const byFile = Object.fromEntries(s.failures.map((f) => [f.source.slice(dir.length + 1), f.code]));
    expect(byFile).toEqual({
      "empty.txt": "INPUT_EMPTY",
      "blank.txt": "INPUT_EMPTY",
      "binary.txt": "INPUT_BINARY",
      "latin1.txt": "INPUT_INVALID_UTF8",
      "big.txt": "INPUT_TOO_LARGE",
      "missing.txt": "INPUT_UNREADABLE",
    });
    expect(s.failures.find((f) => f.code === "INPUT_INVALID_UTF8")?.message).toMatch(
      /latin1\.txt: invalid UTF-8 at byte 3/,
    );
    expect((await store.stats()).documents).toBe(1);
  });

  it("reads JSON lines one document per line; broken lines fail alone, with their line number", async () => {
    const lines = [
      '{"id": "r1", "title": "One", "published": "2025-03-01", "text": "First fictional line."}',
      "",
      "{not json",
      '{"id": "r3"}',
      '{"id": "r4", "text": "Bad date.", "published": "2025-13-01"}',
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]).toString(
        "latin1",
      ),
      '{"id": "r6", "text": "Sixth fictional line."}\r',
    ];
    const bytes = Buffer.from(lines.join("\n"), "latin1");
    const dir = folder({ "docs.jsonl": bytes });
    const s = await ingestPaths(store, [dir]);
    expect(s).toMatchObject({ added: 2, failed: 4 });
    expect(s.failures.map((f) => [f.source.slice(dir.length + 1), f.code])).toEqual([
      ["docs.jsonl:3", "JSONL_MALFORMED"],
      ["docs.jsonl:4", "JSONL_MALFORMED"],
      ["docs.jsonl:5", "INVALID_ARGUMENT"],
      ["docs.jsonl:6", "INPUT_INVALID_UTF8"],
    ]);
    const [id] = await store.findIds("r1");
    const doc = await store.getDocument(id ?? "");
    expect(doc).toMatchObject({
      externalId: "r1",
      title: "One",
      published: "2025-03-01",
      id: contentId("First fictional line."),
    });
    expect(doc?.result.id).toBe("r1");
    expect(await store.findIds("r6")).toHaveLength(1);
  });

  it("reads an explicit .json file holding an array, element by element", async () => {
    const dir = folder({
      "set.json": '[{"text": "Fictional one."}, {"title": "no text"}, {"text": "Fictional two."}]',
    });
    const s = await ingestPaths(store, [join(dir, "set.json")]);
    expect(s).toMatchObject({ added: 2, failed: 1 });
    expect(s.failures[0]?.source).toBe(`${join(dir, "set.json")}[1]`);
  });

  it("uses --published only for documents without a date of their own", async () => {
    const dir = folder({
      "plain.txt": "A fictional report with no date.",
      "dated.jsonl": '{"text": "A dated fictional line.", "published": "2024-05-06"}',
    });
    await ingestPaths(store, [dir], { published: "2030-01-01" });
    const docs = await store.listDocuments();
    expect(docs.map((d) => [d.source?.slice(dir.length + 1), d.published])).toEqual([
      ["dated.jsonl:1", "2024-05-06"],
      ["plain.txt", "2030-01-01"],
    ]);
  });

  it("stores facts with their stage, and re-extracts (updated) when the pipeline changes", async () => {
    const dir = folder({ "kesh.txt": "Roads to Port Kesh are closed. Port Kesh has no water." });
    expect(await ingestPaths(store, [dir], { pipeline: defaultPipeline() })).toMatchObject({ added: 1 });
    const richer = new Pipeline([...DEFAULT_STAGES, placeStage]);
    expect(await ingestPaths(store, [dir], { pipeline: richer })).toMatchObject({ updated: 1 });
    expect(await ingestPaths(store, [dir], { pipeline: richer })).toMatchObject({ unchanged: 1 });
    expect(await store.stats()).toMatchObject({ documents: 1, entities: 1, mentions: 2 });
    const stages = store.db.prepare("SELECT DISTINCT stage FROM mentions").pluck().all();
    expect(stages).toEqual(["test-places@7"]);
  });
});
