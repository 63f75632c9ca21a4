import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { contentId } from "../../src/services/input.ts";
import { runCli } from "../helpers/cli.ts";

const BIN = fileURLToPath(new URL("../../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DOCS = 400;
const DB = join(dir, "crash.db");

/** Documents whose stored facts differ from their stored result: must always be zero. */
const INCONSISTENT = `SELECT count(*) FROM documents d WHERE
  (SELECT count(*) FROM entities x WHERE x.doc_id = d.id) != json_array_length(d.result_json, '$.entities')
  OR (SELECT count(*) FROM mentions x WHERE x.doc_id = d.id)
     != (SELECT coalesce(sum(json_array_length(value, '$.mentions')), 0) FROM json_each(d.result_json, '$.entities'))
  OR (SELECT count(*) FROM quotes x WHERE x.doc_id = d.id) != json_array_length(d.result_json, '$.quotes')
  OR (SELECT count(*) FROM figures x WHERE x.doc_id = d.id) != json_array_length(d.result_json, '$.figures')
  OR (SELECT count(*) FROM times x WHERE x.doc_id = d.id) != json_array_length(d.result_json, '$.times')
  OR (SELECT count(*) FROM messages x WHERE x.doc_id = d.id) != json_array_length(d.result_json, '$.messages')`;

/** Reads one number from the database with a connection of its own (WAL lets it read during writes). */
function query(sql: string): number {
  const db = new Database(DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

function checkConsistent(): void {
  expect(query("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).toBe(0);
  expect(query(INCONSISTENT)).toBe(0);
  // Every stored document is in the full-text index, and nothing else is.
  expect(query("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'fictional'")).toBe(
    query("SELECT count(*) FROM documents"),
  );
}

describe("ingest killed with SIGKILL", { timeout: 300_000 }, () => {
  const folder = join(dir, "docs");
  mkdirSync(folder);
  const texts: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const body = Array.from(
      { length: 60 },
      (_, j) => `Line ${j}: about ${i * 7 + j} families reached camp ${i} on Monday.`,
    );
    const text = `Fictional bulletin ${i} from the invented district of Nareth.\n\n${body.join(" ")}\n`;
    texts.push(text);
    writeFileSync(join(folder, `bulletin-${String(i).padStart(4, "0")}.txt`), text);
  }

  it("leaves whole documents only, and a second run stores every document exactly once", async () => {
    const child = spawn(process.execPath, [BIN, "ingest", folder, "--db", DB], { stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let stored = 0;
    while (child.exitCode === null && stored < 25) {
      await new Promise((r) => setTimeout(r, 10));
      try {
        if (existsSync(DB)) stored = query("SELECT count(*) FROM documents");
      } catch {
        // The schema may not exist yet while the child creates it.
      }
    }
    expect(child.exitCode, "ingest finished before it could be killed: make the folder bigger").toBeNull();
    child.kill("SIGKILL");
    await exited;
    const afterKill = query("SELECT count(*) FROM documents");
    console.log(`killed after ${afterKill} of ${DOCS} documents`);
    expect(afterKill).toBeGreaterThanOrEqual(25);
    expect(afterKill).toBeLessThan(DOCS);
    checkConsistent();

    const again = await runCli(["ingest", folder, "--db", DB, "--json"]);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.failed).toBe(0);
    expect(summary.added + summary.unchanged).toBe(DOCS);
    expect(summary.unchanged).toBeGreaterThanOrEqual(afterKill);
    expect(query("SELECT count(*) FROM documents")).toBe(DOCS);
    expect(query("SELECT count(DISTINCT id) FROM documents")).toBe(DOCS);
    checkConsistent();
    const db = new Database(DB, { readonly: true });
    const ids = new Set(db.prepare("SELECT id FROM documents").pluck().all() as string[]);
    db.close();
    expect(texts.every((t) => ids.has(contentId(t)))).toBe(true);
    expect(readFileSync(join(folder, "bulletin-0000.txt"), "utf8")).toBe(texts[0]);
  });
});
