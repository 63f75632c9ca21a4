import { readdirSync, readFileSync } from "node:fs";
import { extractFigures, type SourcedFigure } from "../../../src/extract/figures/extract.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import type { Doc } from "../../../src/model/doc.ts";
import type { Entity, EntityType } from "../../../src/model/layers.ts";
import type { Span } from "../../../src/model/span.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";

/** One hand-annotated figure: its text (the `nth` occurrence, default first) and expected fields. */
export interface GoldFigure {
  readonly text: string;
  readonly nth?: number;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly what: string | null;
  readonly source: string | null;
  readonly place: string | null;
  readonly period: string | null;
}

/** A short invented news paragraph with its figures, traps that are not figures, and its actors. */
export interface FigureFixture {
  readonly id: string;
  readonly text: string;
  readonly entities: ReadonlyArray<{ name: string; type: EntityType; surfaces: string[] }>;
  readonly figures: readonly GoldFigure[];
  readonly notFigures: readonly string[];
  /** Figures whose "what" we know we get wrong (listed, so a new miss still fails the tests). */
  readonly knownWhatGaps?: readonly string[];
}

export const FIXTURE_DIR = new URL("../../fixtures/figures/", import.meta.url);
/** Fixtures written after the extractor and never tuned on: the honest estimate. */
export const HELDOUT_DIR = new URL("heldout/", FIXTURE_DIR);

/** Every fixture in a directory (default test/fixtures/figures), by file name order. */
export function loadFixtures(dir: URL = FIXTURE_DIR): FigureFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")) as FigureFixture);
}

/** The span of the nth whole-word occurrence of `needle` in `text` ("2" is not the "2" of "2024"). */
export function spanOf(text: string, needle: string, nth = 0): Span {
  const edge = /[\p{L}\p{N}]/u;
  let seen = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const whole = !edge.test(text[at - 1] ?? "") && !edge.test(text[at + needle.length] ?? "");
    if (whole && seen++ === nth) return { start: at, end: at + needle.length };
  }
  throw new Error(`"${needle}" (occurrence ${nth}) not in text`);
}

/** An entities layer built from a fixture's annotation: every occurrence of every surface form. */
export function fixtureEntities(fx: FigureFixture): Entity[] {
  return fx.entities.map((e, i) => {
    const mentions = e.surfaces.flatMap((s) => {
      const out: Array<Span & { type: EntityType; via: "rule" }> = [];
      for (let at = fx.text.indexOf(s); at >= 0; at = fx.text.indexOf(s, at + 1))
        out.push({ start: at, end: at + s.length, type: e.type, via: "rule" });
      return out;
    });
    return { id: `e${i + 1}`, type: e.type, name: e.name, aliases: e.surfaces, mentions };
  });
}

const BASE = new Pipeline([tokensStage, sentencesStage]);

/** Runs tokens, sentences and figure extraction, with an entities layer when one is given. */
export function figuresOf(
  text: string,
  entities?: readonly Entity[],
): { doc: Doc; figures: SourcedFigure[] } {
  let doc = BASE.process("fixture", text);
  if (entities) doc = doc.withLayers({ entities }, "fixture");
  return { doc, figures: extractFigures(doc) };
}

const STOP = new Set("the a an of in at by from on for and its their".split(" "));

/** Content words, lower-cased, crude plural stripped: for comparing "what" and source phrases. */
export function contentWords(s: string | null): Set<string> {
  return new Set(
    (s ?? "")
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP.has(w))
      .map((w) => (w.length > 3 ? w.replace(/s$/, "") : w)),
  );
}

const subset = (a: Set<string>, b: Set<string>): boolean => a.size > 0 && [...a].every((w) => b.has(w));

/** Same content words. */
export function sameWords(a: string | null, b: string | null): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  return x.size === y.size && subset(x, y);
}

/** One phrase's words contained in the other's: how source names are compared ("UNHCR" vs "UNHCR spokesperson"). */
export function overlapsWords(a: string | null, b: string | null): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  return subset(x, y) || subset(y, x);
}

/** The words a figure's source stands for: its entity's name and aliases, else the attributed span. */
export function sourceNames(doc: Doc, f: SourcedFigure): string[] {
  const entity = doc.maybe("entities").find((e) => e.id === f.source);
  if (entity) return [entity.name, ...entity.aliases];
  return f.sourceSpan ? [doc.text.slice(f.sourceSpan.start, f.sourceSpan.end)] : [];
}
