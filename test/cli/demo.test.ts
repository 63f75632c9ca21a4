import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-demo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[]) {
  const { SITREP_DB: _, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("sitrep demo", { timeout: 120_000 }, () => {
  it("builds the dossier in ./sitrep.db, says it is fictional, and adds nothing the second time", () => {
    const first = sitrep(["demo"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, "sitrep.db"))).toBe(true);
    expect(first.stdout).toContain("FICTIONAL");
    expect(first.stdout).toContain("Store sitrep.db: 5 added, 0 updated, 0 unchanged, 0 failed");
    expect(first.stdout).toMatch(/Floods cut off Seravik/);
    expect(first.stdout).toMatch(/Store totals: 5 documents/);
    const second = sitrep(["demo", "--json"]);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.ingest).toMatchObject({ added: 0, unchanged: 5, failed: 0 });
    expect(report.documents).toHaveLength(5);
    // The demo's store is the one the other commands read by default.
    const search = sitrep(["search", "cholera"]);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain("[cholera]");
  });
});
