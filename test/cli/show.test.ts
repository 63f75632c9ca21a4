import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentId } from "../../src/services/input.ts";
import { envWithoutDb, runCli } from "../helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-show-"));
afterAll(async () => rmSync(dir, { recursive: true, force: true }));

/** Runs `node bin/sitrep.js ARGS` in the temp folder, with no $SITREP_DB unless given. */
function sitrep(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: dir, env: envWithoutDb(env) });
}

const TEXT = "Relief workers in the fictional town of Nareth said the bridge\u00a0reopened on Monday.\n";

describe("sitrep show", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    writeFileSync(join(dir, "nareth.txt"), TEXT);
    writeFileSync(
      join(dir, "docs.jsonl"),
      '{"id": "memo-9", "title": "Memo nine", "text": "A fictional memo."}\n',
    );
    expect(
      (await sitrep(["ingest", "nareth.txt", "docs.jsonl", "--db", "s.db", "--published", "2031-05-05"]))
        .code,
    ).toBe(0);
  }, 120_000);

  it("summarises a document found by a prefix of its id", async () => {
    const r = await sitrep(["show", contentId(TEXT).slice(0, 8), "--db", "s.db"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Document ${contentId(TEXT)}`);
    expect(r.stdout).toContain("Published: 2031-05-05");
    expect(r.stdout).toContain("Source:    nareth.txt");
    expect(r.stdout).toMatch(/Found: +\d+ actors/);
  });

  it("prints the stored result with --json, and finds a document by its own id", async () => {
    const r = await sitrep(["show", "memo-9", "--db", "s.db", "--json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ id: "memo-9", title: "Memo nine", text: "A fictional memo." });
    expect(Array.isArray(result.entities) && Array.isArray(result.stages)).toBe(true);
    const full = JSON.parse((await sitrep(["show", contentId(TEXT), "--db", "s.db", "--json"])).stdout);
    expect(full.text).toBe(TEXT); // the NBSP is kept
  });

  it("says what to do when the id or the database is not there", async () => {
    const missing = await sitrep(["show", "ffff0000", "--db", "s.db"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no document ffff0000 .*sitrep search.*\[NOT_FOUND\]/);
    const noDb = await sitrep(["show", "abc", "--db", "nope.db"]);
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toMatch(/no database at nope\.db.*sitrep ingest/);
    expect((await sitrep(["show"])).code).toBe(2);
  });
});
