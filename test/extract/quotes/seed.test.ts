import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSeed, predictions } from "../../../src/extract/quotes/eval/datasets.ts";
import { matchQuotes } from "../../../src/extract/quotes/eval/score.ts";
import { run } from "./helpers.ts";

// The seed article is read from ../shared at run time; nothing from it is copied into the code.
const SEED = new URL("../../../../shared/data/seed/", import.meta.url);
const TEXT = new URL("haiti-mss-2025-02-26.txt", SEED);
const GOLD = new URL("haiti-mss-2025-02-26.gold.json", SEED);

describe.skipIf(!existsSync(TEXT))("seed article (read from ../shared)", () => {
  const { doc: seed, quotes: gold } = existsSync(TEXT) ? loadSeed(TEXT, GOLD) : { doc: null, quotes: [] };
  const doc = seed ? run(seed.text) : null;

  it("finds every gold quote", () => {
    if (!seed || !doc) return;
    const pairs = matchQuotes(seed.gold, predictions(doc), 0.3, "gold");
    expect(pairs).toHaveLength(gold.length);
  });

  it("records the chains of the two quotes that came through other outlets", () => {
    if (!seed || !doc) return;
    const text = seed.text;
    const withIntermediary = doc
      .get("quotes")
      .filter((q) => q.chain.some((l) => l.role === "intermediary"))
      .map((q) =>
        q.chain.filter((l) => l.role === "intermediary").map((l) => text.slice(l.span.start, l.span.end)),
      );
    expect(withIntermediary.some((names) => names.some((n) => n.includes("Voice of America")))).toBe(true);
    expect(withIntermediary.some((names) => names.some((n) => n.includes("New York Times")))).toBe(true);
  });
});
