import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envWithoutDb, runCli } from "../helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-export-"));
afterAll(async () => rmSync(dir, { recursive: true, force: true }));

/** Runs `node bin/sitrep.js ARGS` in the temp folder, with no $SITREP_DB unless given. */
function sitrep(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: dir, env: envWithoutDb(env) });
}

describe("sitrep export", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, text: `Fictional note ${i}.` }),
    );
    writeFileSync(join(dir, "notes.jsonl"), lines.join("\n"));
    expect((await sitrep(["ingest", "notes.jsonl", "--db", "e.db"])).code).toBe(0);
  }, 120_000);

  it("streams all documents as JSON on stdout", async () => {
    const r = await sitrep(["export", "--db", "e.db"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ sitrep: "export", version: 1, count: 12 });
    expect(out.documents.map((d: { externalId: string }) => d.externalId)).toEqual(
      Array.from({ length: 12 }, (_, i) => `n${i}`),
    );
    expect(out.documents[3].result.text).toBe("Fictional note 3.");
  });

  it("writes a file with --out, and JSON lines with --format jsonl", async () => {
    const r = await sitrep(["export", "--db", "e.db", "--format", "jsonl", "--out", "all.jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("exported 12 documents to all.jsonl");
    const lines = readFileSync(join(dir, "all.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).result.text)[11]).toBe("Fictional note 11.");
  });

  it("leaves nothing half-written and exits non-zero on errors", async () => {
    writeFileSync(join(dir, "keep.json"), "previous export");
    const badFormat = await sitrep(["export", "--db", "e.db", "--format", "xml", "--out", "keep.json"]);
    expect(badFormat.code).toBe(2);
    expect(readFileSync(join(dir, "keep.json"), "utf8")).toBe("previous export");
    const noFolder = await sitrep(["export", "--db", "e.db", "--out", "missing/dir/x.json"]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain("OUTPUT_UNWRITABLE");
    expect(existsSync(join(dir, "missing"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
