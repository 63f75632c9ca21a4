import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findBadSpans } from "../../src/model/validate.ts";
import { runCli } from "../helpers/cli.ts";
import { HAS_SHARED, SEED_TEXT } from "../helpers/shared.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-extract-"));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const REPORT =
  "Lomar, Veloria – The Veloria Red Cross (VRC) said on Monday that more than 2,000 people had fled the floods.\n" +
  "“The water came at night,” said Ana Ruiz, a nurse in Lomar.\n";
const LAYERS = ["entities", "quotes", "figures", "times", "events", "stances", "messages"];

describe("sitrep extract FILE", () => {
  it("prints one result object in the contract's shape, every span inside the text", async () => {
    const run = await runCli([
      "extract",
      file("r.txt", REPORT),
      "--published",
      "2024-05-02",
      "--title",
      "Floods",
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ title: "Floods", published: "2024-05-02", text: REPORT });
    expect(result.id).toMatch(/^[0-9a-f]{32}$/);
    for (const layer of LAYERS) expect(Array.isArray(result[layer]), layer).toBe(true);
    expect(findBadSpans(result, result.text.length)).toEqual([]);
    expect(result.text.slice(result.meta.dateline.start, result.meta.dateline.end)).toBe("Lomar, Veloria");
  });

  it("reads stdin with -, and the same text always gets the same id", async () => {
    const a = JSON.parse((await runCli(["extract", "-"], { input: REPORT })).stdout);
    const b = JSON.parse((await runCli(["extract", file("same.txt", REPORT)])).stdout);
    expect(a.id).toBe(b.id);
    expect(a.published).toBeNull();
  });

  it("extracts HTML (by content) and offsets refer to the extracted text", async () => {
    const html = `<html><head><meta property="article:published_time" content="2024-05-03"></head><body><article><p>${REPORT}</p></article></body></html>`;
    const result = JSON.parse((await runCli(["extract", file("page.txt", html)])).stdout);
    expect(result.published).toBe("2024-05-03");
    expect(result.meta.format).toBe("html");
    expect(result.text).not.toContain("<");
  });

  it.each([
    ["empty", "", "INPUT_EMPTY"],
    ["binary", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02]), "INPUT_BINARY"],
    ["latin1", Buffer.from([0x4f, 0x6b, 0xe9]), "INPUT_INVALID_UTF8"],
  ])("refuses %s input with a clear message and exit 1", async (name, content, code) => {
    const path = file(`${name}.txt`, content);
    const run = await runCli(["extract", path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(path);
    expect(run.stderr).toContain(code);
  });

  it("exits 2 on usage errors", async () => {
    expect((await runCli(["extract"])).status).toBe(2);
    expect((await runCli(["extract", file("u.txt", REPORT), "--published", "May 2"])).status).toBe(2);
    expect((await runCli(["extract", "--no-such-flag"])).status).toBe(2);
  });

  it("exits 1 for a missing file", async () => {
    const run = await runCli(["extract", join(dir, "missing.txt")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no such file/);
  });
});

describe("sitrep extract --jsonl", () => {
  it("returns one line per input line, in order, with error objects for broken lines", async () => {
    const lines = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 97 === 13)
        lines.push(`{"id": "d${i}", "text": `); // truncated JSON
      else if (i % 101 === 7)
        lines.push(JSON.stringify({ id: `d${i}`, text: "" })); // empty document
      else if (i % 103 === 5) lines.push(JSON.stringify({ id: `d${i}`, text: "x", published: "yesterday" }));
      else
        lines.push(JSON.stringify({ id: `d${i}`, text: `Report ${i}. ${REPORT}`, published: "2024-05-02" }));
    }
    const run = await runCli(["extract", "--jsonl"], { input: `${lines.join("\n")}\n` });
    expect(run.status).toBe(0);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(1000);
    out.forEach((o, i) => {
      expect(o.id).toBe(i % 97 === 13 ? null : `d${i}`);
      const broken = i % 97 === 13 || i % 101 === 7 || i % 103 === 5;
      expect(Boolean(o.error), `line ${i + 1}`).toBe(broken);
      if (broken) expect(o.line).toBe(i + 1);
      else expect(findBadSpans(o, o.text.length)).toEqual([]);
    });
    expect(out[13].error.code).toBe("JSONL_MALFORMED");
    expect(out[7].error.code).toBe("INPUT_EMPTY");
    expect(out[5].error.message).toMatch(/published/);
  });
});

describe.skipIf(!HAS_SHARED)("on the seed article (reads ../shared)", () => {
  it("prints one result whose spans all slice the text", async () => {
    const run = await runCli(["extract", SEED_TEXT, "--published", "2025-02-26"]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.text).toBe(readFileSync(SEED_TEXT, "utf8"));
    expect(findBadSpans(result, result.text.length)).toEqual([]);
  });
});
