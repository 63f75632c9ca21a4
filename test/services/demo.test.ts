import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_REPORTS, demoInputs, FICTIONAL_MARK } from "../../src/services/demo/reports.ts";
import { runDemo } from "../../src/services/demo.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";

const root = mkdtempSync(join(tmpdir(), "sitrep-demo-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("demo dossier", () => {
  it("has 4–6 reports, each marked fictional on its first line, with a title and a date", () => {
    const inputs = demoInputs();
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    expect(inputs.length).toBeLessThanOrEqual(6);
    for (const { input, fictional } of inputs) {
      expect(fictional).toBe(true);
      expect(input.text.split("\n")[0]).toContain(FICTIONAL_MARK);
      expect(input.meta.title).toBeTruthy();
      expect(input.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(inputs.map((i) => i.input.id)).size).toBe(DEMO_REPORTS.length);
  });

  it("contains what the extractors are meant to show", () => {
    const all = demoInputs()
      .map((i) => i.input.text)
      .join("\n");
    expect(all).toMatch(/\(([A-Z]{3,5})\)[\s\S]*\b\1\b/); // an acronym defined, then used
    expect(all).toMatch(/according to/i);
    expect(all).toMatch(/\b(more than|at least|about|up to|nearly|fewer than)\s+\d/);
    expect(all).toMatch(/\bon (Sunday|Monday|Wednesday|Saturday)\b|last week/);
    expect(all).toContain("OCRO"); // the near-miss of ORCO
    expect(all).toContain("ORCO");
  });

  it("stores the reports once: a second run finds them unchanged", async () => {
    const store = new SqliteStore(join(root, "demo.db"));
    const first = await runDemo(store);
    expect(first.ingest).toMatchObject({ added: DEMO_REPORTS.length, failed: 0 });
    expect(first.documents.map((d) => d.published)).toEqual(DEMO_REPORTS.map((r) => r.published));
    const second = await runDemo(store);
    expect(second.ingest).toMatchObject({ added: 0, unchanged: DEMO_REPORTS.length });
    expect(second.stats.documents).toBe(DEMO_REPORTS.length);
    expect(second.documents).toEqual(first.documents);
    await store.close();
  });
});
