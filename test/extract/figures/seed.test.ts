import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentWords, figuresOf, overlapsWords, spanOf } from "./fixtures.ts";

// The seed article is read from ../shared at run time (never copied into the repo); skipped when absent.
const SHARED = new URL("../../../../shared/data/seed/", import.meta.url);
const GOLD = new URL("haiti-mss-2025-02-26.gold.json", SHARED);
const TEXT = new URL("haiti-mss-2025-02-26.txt", SHARED);

describe.skipIf(!existsSync(GOLD) || !existsSync(TEXT))("seed figures", () => {
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as {
    figures: Array<{ text: string; value: number; what: string; source: string }>;
  };
  const text = readFileSync(TEXT, "utf8");
  const { figures } = figuresOf(text);

  it("finds exactly the gold figures", () => {
    expect(figures.map((f) => text.slice(f.start, f.end)).sort()).toEqual(
      gold.figures.map((g) => g.text).sort(),
    );
  });

  it.each(gold.figures.map((g) => [g.text, g] as const))("%s: value, what and source", (_t, g) => {
    const span = spanOf(text, g.text);
    const f = figures.find((x) => x.start === span.start && x.end === span.end);
    expect(f).toBeDefined();
    if (!f) return;
    expect(f.value).toBe(g.value);
    expect([...contentWords(f.what)].every((w) => contentWords(g.what).has(w))).toBe(true);
    const source = f.sourceSpan ? text.slice(f.sourceSpan.start, f.sourceSpan.end) : null;
    expect(overlapsWords(source, g.source), `source ${source} vs ${g.source}`).toBe(true);
  });

  it("gives qualifiers and the period of the second figure", () => {
    const byText = new Map(figures.map((f) => [text.slice(f.start, f.end), f]));
    const periods = gold.figures.map((g) => {
      const p = byText.get(g.text)?.period;
      return p ? text.slice(p.start, p.end) : null;
    });
    expect(gold.figures.map((g) => byText.get(g.text)?.qualifier ?? null)).toEqual(
      gold.figures.map((g) => (/^over\b/.test(g.text) ? "over" : null)),
    );
    expect(periods.filter((p) => p !== null)).toHaveLength(1);
    expect(periods[1]).toMatch(/^in \d{4} alone$/);
  });
});
