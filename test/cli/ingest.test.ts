import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { envWithoutDb, runCli } from "../helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-ingest-"));
afterAll(async () => rmSync(dir, { recursive: true, force: true }));

/** Runs `node bin/sitrep.js ARGS` in the temp folder, with no $SITREP_DB unless given. */
function sitrep(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: dir, env: envWithoutDb(env) });
}

function write(path: string, content: string | Buffer): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), content);
}

describe("sitrep ingest", { timeout: 120_000 }, () => {
  write("good/a.txt", "A fictional report about the town of Nareth.");
  write("good/sub/b.md", "A second fictional report, in Markdown.");
  write("good/lines.jsonl", '{"id": "L1", "text": "A fictional JSON line."}\n');
  write("bad/ok.txt", "The only good fictional file here.");
  write("bad/empty.txt", "");
  write("bad/latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  write("bad/broken.jsonl", '{"text": "fine line"}\n{oops\n');

  it("has help", async () => {
    const r = await sitrep(["ingest", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--db <file>");
    expect(r.stdout).toContain(".jsonl");
  });

  it("adds a folder, then finds it unchanged", async () => {
    const first = await sitrep(["ingest", "good", "--db", "good.db"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "3 documents from 3 files → good.db: 3 added, 0 updated, 0 unchanged, 0 failed",
    );
    const again = await sitrep(["ingest", "good", "--json"], { SITREP_DB: "good.db" });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ db: "good.db", added: 0, unchanged: 3, failed: 0 });
  });

  it("lists every failure with its reason and exits 1, storing the good documents", async () => {
    const r = await sitrep(["ingest", "bad", "--db", "bad.db"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2 added, 0 updated, 0 unchanged, 3 failed");
    expect(r.stdout).toMatch(/bad\/empty\.txt: the document is empty.*\[INPUT_EMPTY\]/);
    expect(r.stdout).toMatch(/bad\/latin1\.txt: invalid UTF-8 at byte 3.*\[INPUT_INVALID_UTF8\]/);
    expect(r.stdout).toMatch(/bad\/broken\.jsonl:2: .*not valid JSON.*\[JSONL_MALFORMED\]/);
    expect(r.stderr).toMatch(/3 of 5 documents failed.*\[INGEST_INCOMPLETE\]/);
  });

  it("exits 1 when nothing is found, 2 on usage errors", async () => {
    write("pics/x.png", "not a report");
    expect((await sitrep(["ingest", "pics", "--db", "x.db"])).stderr).toMatch(
      /no documents found in pics.*\[NOT_FOUND\]/,
    );
    expect((await sitrep(["ingest", "missing-folder", "--db", "x.db"])).code).toBe(1);
    expect((await sitrep(["ingest", "--db", "x.db"])).code).toBe(2);
    const badDate = await sitrep(["ingest", "good", "--db", "x.db", "--published", "2025-02-30"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("YYYY-MM-DD");
  });
});
