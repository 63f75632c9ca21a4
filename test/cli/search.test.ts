import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/sitrep.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-search-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[]) {
  const { SITREP_DB: _, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("sitrep search", { timeout: 120_000 }, () => {
  beforeAll(() => {
    const lines = [
      {
        id: "w1",
        title: "Water in Nareth",
        text: "Water trucks reached the fictional camp at Nareth. Water is short.",
      },
      {
        id: "w2",
        title: "Roads",
        text: "The fictional bridge at José Village reopened; water deliveries resumed.",
      },
      { id: "w3", title: "Other", text: "Nothing about that here." },
    ];
    writeFileSync(join(dir, "docs.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n"));
    expect(sitrep(["ingest", "docs.jsonl", "--db", "q.db"]).code).toBe(0);
  }, 120_000);

  it("prints ranked hits with highlighted snippets", () => {
    const r = sitrep(["search", "water", "--db", "q.db"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. [0-9a-f]{12} {2}Water in Nareth\n {3}\[Water\] trucks/);
    expect(r.stdout).toMatch(/2\. [0-9a-f]{12} {2}Roads\n/);
  });

  it("gives JSON, honours --limit, folds accents and accepts several words", () => {
    const r = sitrep(["search", "jose", "village", "--db", "q.db", "--json", "--limit", "1"]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ externalId: "w2", title: "Roads" });
    expect(hits[0].snippet).toContain("[José] [Village]");
  });

  it("reports no match with exit 0, and bad arguments with exit 2", () => {
    const none = sitrep(["search", "helicopter", "--db", "q.db"]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("No documents match helicopter.");
    expect(sitrep(["search", "water", "--db", "q.db", "--limit", "lots"]).code).toBe(2);
    const fts = sitrep(["search", "--fts", '"water', "--db", "q.db"]);
    expect(fts.code).toBe(2);
    expect(fts.stderr).toContain("FTS5 query syntax");
  });
});
