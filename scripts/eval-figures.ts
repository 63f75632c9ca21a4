/**
 * `npm run eval:figures`: scores figure extraction on our annotated fixtures (test/fixtures/figures)
 * and on the seed article's gold figures, read from ../shared at run time (skipped when absent).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { SourcedFigure } from "../src/extract/figures/extract.ts";
import { figuresStage } from "../src/extract/figures/stage.ts";
import { DEFAULT_STAGES } from "../src/pipeline/default.ts";
import { Pipeline } from "../src/pipeline/pipeline.ts";
import {
  contentWords,
  FIXTURE_DIR,
  figuresOf,
  fixtureEntities,
  HELDOUT_DIR,
  loadFixtures,
  overlapsWords,
  sameWords,
  sourceNames,
  spanOf,
} from "../test/extract/figures/fixtures.ts";

const pct = (n: number, d: number): string =>
  d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}`;
const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-3, Math.abs(b) * 1e-3);

function evalFixtures(dir: URL, label: string): void {
  const fixtures = existsSync(dir) ? loadFixtures(dir) : [];
  if (fixtures.length === 0) {
    console.log(`${label}: none (put new paragraphs in ${dir.pathname} before any tuning on them)`);
    return;
  }
  const count = { tp: 0, fp: 0, fn: 0, overlapTp: 0, traps: 0, trapsHit: 0 };
  const acc: Record<string, [number, number]> = {};
  const tally = (k: string, ok: boolean): void => {
    const t = acc[k] ?? [0, 0];
    acc[k] = [t[0] + (ok ? 1 : 0), t[1] + 1];
  };
  const errors: string[] = [];
  for (const fx of fixtures) {
    const entities = fixtureEntities(fx);
    const { doc, figures } = figuresOf(fx.text, entities);
    const bare = figuresOf(fx.text).figures;
    const used = new Set<SourcedFigure>();
    for (const g of fx.figures) {
      const span = spanOf(fx.text, g.text, g.nth ?? 0);
      const f = figures.find((p) => p.start === span.start && p.end === span.end);
      if (!f) {
        count.fn++;
        if (figures.some((p) => p.start < span.end && span.start < p.end)) count.overlapTp++;
        errors.push(`  missed  ${fx.id}: "${g.text}"`);
        continue;
      }
      used.add(f);
      count.tp++;
      count.overlapTp++;
      tally(
        "value",
        close(f.value, g.value) && (g.valueMax === undefined || close(f.valueMax ?? Number.NaN, g.valueMax)),
      );
      tally("unit", f.unit === g.unit);
      tally("qualifier", f.qualifier === g.qualifier);
      if (g.what !== null) tally("what", sameWords(f.what, g.what));
      const names = sourceNames(doc, f);
      const srcOk =
        g.source === null
          ? f.source === null && f.sourceSpan === null
          : names.some((n) => overlapsWords(n, g.source));
      tally("source (entities given)", srcOk);
      const b = bare.find((p) => p.start === f.start && p.end === f.end);
      const bareText = b?.sourceSpan ? fx.text.slice(b.sourceSpan.start, b.sourceSpan.end) : null;
      tally(
        "source (no entities, span)",
        g.source === null ? bareText === null : overlapsWords(bareText, g.source),
      );
      const place = entities.find((e) => e.id === f.place)?.name ?? null;
      tally("place", place === g.place);
      const period = f.period ? fx.text.slice(f.period.start, f.period.end) : null;
      tally("period", period === g.period);
      if (g.what !== null && !sameWords(f.what, g.what))
        errors.push(`  what    ${fx.id}: "${g.text}" → ${f.what} (gold ${g.what})`);
      if (!srcOk)
        errors.push(`  source  ${fx.id}: "${g.text}" → ${names.join("/") || null} (gold ${g.source})`);
      if (f.unit !== g.unit) errors.push(`  unit    ${fx.id}: "${g.text}" → ${f.unit} (gold ${g.unit})`);
      if (place !== g.place) errors.push(`  place   ${fx.id}: "${g.text}" → ${place} (gold ${g.place})`);
      if (period !== g.period) errors.push(`  period  ${fx.id}: "${g.text}" → ${period} (gold ${g.period})`);
    }
    for (const f of figures) {
      if (used.has(f)) continue;
      count.fp++;
      errors.push(`  extra   ${fx.id}: "${fx.text.slice(f.start, f.end)}"`);
    }
    for (const trap of fx.notFigures) {
      count.traps++;
      const s = spanOf(fx.text, trap);
      if (figures.some((f) => f.start < s.end && s.start < f.end)) {
        count.trapsHit++;
        errors.push(`  trap    ${fx.id}: "${trap}" reported as a figure`);
      }
    }
  }
  const p = count.tp / (count.tp + count.fp);
  const r = count.tp / (count.tp + count.fn);
  const gold = count.tp + count.fn;
  console.log(`${label}: ${fixtures.length} texts, ${gold} gold figures, ${count.traps} non-figure traps`);
  console.log(
    `  spans (exact)   P ${pct(count.tp, count.tp + count.fp)}  R ${pct(count.tp, gold)}  F1 ${((200 * p * r) / (p + r)).toFixed(1)}   (tp ${count.tp}, fp ${count.fp}, fn ${count.fn})`,
  );
  console.log(`  spans (overlap) R ${pct(count.overlapTp, gold)}`);
  console.log(`  traps reported as figures: ${count.trapsHit}/${count.traps}`);
  for (const [k, [ok, n]] of Object.entries(acc))
    console.log(`  ${k.padEnd(27)} ${pct(ok, n)}%  (${ok}/${n} matched figures)`);
  if (errors.length) console.log(`Differences:\n${errors.join("\n")}`);
}

function evalSeed(): void {
  const dir = new URL("../../shared/data/seed/", import.meta.url);
  if (!existsSync(dir)) {
    console.log("\nSeed: ../shared/data/seed not found, skipped");
    return;
  }
  const stages = DEFAULT_STAGES.some((s) => s.name === "figures")
    ? DEFAULT_STAGES
    : [...DEFAULT_STAGES, figuresStage];
  const pipeline = new Pipeline(stages);
  console.log(`\nSeed (pipeline: ${pipeline.versions().join(" → ")})`);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as {
      published?: string;
      figures: Array<{ text: string; value: number; what: string; source: string | null }>;
    };
    const text = readFileSync(new URL(file.replace(".gold.json", ".txt"), dir), "utf8");
    const doc = pipeline.process(file, text, { published: gold.published ?? null });
    const figures = doc.get("figures") as readonly SourcedFigure[];
    let ok = { found: 0, value: 0, what: 0, source: 0 };
    for (const g of gold.figures) {
      const f = figures.find((x) => text.slice(x.start, x.end) === g.text);
      if (!f) {
        console.log(`  MISSED "${g.text}"`);
        continue;
      }
      const names = sourceNames(doc, f);
      const what = f.what !== null && [...contentWords(f.what)].every((w) => contentWords(g.what).has(w));
      const source = g.source === null ? f.source === null : names.some((n) => overlapsWords(n, g.source));
      const period = f.period ? text.slice(f.period.start, f.period.end) : null;
      ok = {
        found: ok.found + 1,
        value: ok.value + (close(f.value, g.value) ? 1 : 0),
        what: ok.what + (what ? 1 : 0),
        source: ok.source + (source ? 1 : 0),
      };
      console.log(
        `  "${g.text}" value ${f.value} ${close(f.value, g.value) ? "✓" : "✗"} | qualifier ${f.qualifier} | what "${f.what}" ${what ? "✓" : "✗"} | period ${period === null ? "-" : `"${period}"`} | source ${names.join(" / ") || "-"} ${source ? "✓" : "✗"} (entity ${f.source ?? "none"}) | ${f.hxl ?? "-"}`,
      );
    }
    const extra = figures.filter((f) => !gold.figures.some((g) => g.text === text.slice(f.start, f.end)));
    const n = gold.figures.length;
    console.log(
      `  ${file}: found ${ok.found}/${n}, value ${ok.value}/${n}, what ${ok.what}/${n} (our words ⊆ gold's), source ${ok.source}/${n}; extra figures: ${extra.length}${extra.map((f) => ` "${text.slice(f.start, f.end)}"`).join("")}`,
    );
  }
}

evalFixtures(FIXTURE_DIR, "Fixtures (dev: written with the extractor)");
console.log("");
evalFixtures(HELDOUT_DIR, "Held-out fixtures (written after, not tuned on)");
evalSeed();
