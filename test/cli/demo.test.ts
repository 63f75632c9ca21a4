import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { envWithoutDb, runCli } from "../helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-demo-"));
afterAll(async () => rmSync(dir, { recursive: true, force: true }));

/** Runs `node bin/sitrep.js ARGS` in the temp folder, with no $SITREP_DB unless given. */
function sitrep(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: dir, env: envWithoutDb(env) });
}

describe("sitrep demo", { timeout: 120_000 }, () => {
  it("builds the dossier in ./sitrep.db, says it is fictional, and adds nothing the second time", async () => {
    const first = await sitrep(["demo"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, "sitrep.db"))).toBe(true);
    expect(first.stdout).toContain("FICTIONAL");
    expect(first.stdout).toContain("Store sitrep.db: 5 added, 0 updated, 0 unchanged, 0 failed");
    expect(first.stdout).toMatch(/Floods cut off Seravik/);
    expect(first.stdout).toMatch(/Store totals: 5 documents/);
    const second = await sitrep(["demo", "--json"]);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.ingest).toMatchObject({ added: 0, unchanged: 5, failed: 0 });
    expect(report.documents).toHaveLength(5);
    // The demo's store is the one the other commands read by default.
    const search = await sitrep(["search", "cholera"]);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain("[cholera]");
  });
});
