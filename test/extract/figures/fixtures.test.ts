import { describe, expect, it } from "vitest";
import { findBadSpans } from "../../../src/model/validate.ts";
import { figuresOf, fixtureEntities, loadFixtures, sameWords, sourceNames, spanOf } from "./fixtures.ts";

// Our invented paragraphs (test/fixtures/figures/*.json): every gold figure must come out with its exact
// span, value, qualifier and "what", and no trap (year, date, ordinal, clock time, label…) may.
describe.each(loadFixtures().map((fx) => [fx.id, fx] as const))("figures fixture %s", (_id, fx) => {
  const entities = fixtureEntities(fx);
  const { doc, figures } = figuresOf(fx.text, entities);

  it("has valid spans", () => {
    expect(findBadSpans(figures, fx.text.length)).toEqual([]);
  });

  for (const g of fx.figures)
    it(`finds «${g.text}»`, () => {
      const span = spanOf(fx.text, g.text, g.nth ?? 0);
      const f = figures.find((x) => x.start === span.start && x.end === span.end);
      expect(f, `no figure at "${g.text}"`).toBeDefined();
      if (!f) return;
      expect(fx.text.slice(f.start, f.end)).toBe(g.text);
      expect(f.value).toBeCloseTo(g.value, 3);
      if (g.valueMax !== undefined) expect(f.valueMax).toBeCloseTo(g.valueMax, 3);
      expect(f.unit).toBe(g.unit);
      expect(f.qualifier).toBe(g.qualifier);
      if (g.what !== null && !fx.knownWhatGaps?.includes(g.text))
        expect(sameWords(f.what, g.what), `what: ${f.what} vs ${g.what}`).toBe(true);
      if (g.source === null) expect(f.source).toBeNull();
      else expect(sourceNames(doc, f).join(" | ")).toContain(g.source.split(" ").pop());
    });

  it("reports no trap as a figure", () => {
    for (const trap of fx.notFigures) {
      const s = spanOf(fx.text, trap);
      const hit = figures.find((f) => f.start < s.end && s.start < f.end);
      expect(hit && fx.text.slice(hit.start, hit.end), `trap "${trap}"`).toBeUndefined();
    }
  });

  it("reports nothing that is not annotated", () => {
    const gold = fx.figures.map((g) => spanOf(fx.text, g.text, g.nth ?? 0).start);
    expect(figures.filter((f) => !gold.includes(f.start)).map((f) => fx.text.slice(f.start, f.end))).toEqual(
      [],
    );
  });
});
