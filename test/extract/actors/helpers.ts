import { expect } from "vitest";
import { actorsStage } from "../../../src/extract/actors/stage.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { Doc } from "../../../src/model/doc.ts";
import type { Entity, EntityType, Mention } from "../../../src/model/layers.ts";
import { validateDoc } from "../../../src/model/validate.ts";

/** A hand-made NER mention: the surface, its type, and which occurrences (default: every one). */
export type Mark = [surface: string, type: EntityType, occurrences?: number[]];

/** Every start offset of `needle` in `text` as a whole word. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

/** Stands in for the NER stage: mentions where the test says NER would put them. */
export function nerMentions(text: string, marks: readonly Mark[]): Mention[] {
  const out: Mention[] = [];
  for (const [surface, type, which] of marks) {
    const all = occurrences(text, surface);
    expect(all.length, `"${surface}" is not in the text`).toBeGreaterThan(0);
    for (const [n, start] of all.entries()) {
      if (!which || which.includes(n)) out.push({ start, end: start + surface.length, type, via: "ner" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Tokens and sentences from the real stages, the given mentions, then the actors stage. */
export function runActors(text: string, marks: readonly Mark[]): Doc {
  let doc = new Doc("t", text);
  for (const stage of [tokensStage, sentencesStage]) {
    const out = stage.run(doc);
    doc = doc.withLayers(out.layers, stage.name);
  }
  doc = doc.withLayers({ mentions: nerMentions(text, marks) }, "test@1");
  const out = actorsStage.run(doc);
  const result = doc.withLayers(out.layers, "actors@1", out.messages ?? []);
  expect(validateDoc(result)).toEqual([]);
  return result;
}

/** The entity whose name is `name` (fails the test when there is none). */
export function entityNamed(doc: Doc, name: string): Entity {
  const found = doc.get("entities").find((e) => e.name === name);
  expect(
    found,
    `no entity named "${name}" in ${doc
      .get("entities")
      .map((e) => e.name)
      .join(" | ")}`,
  ).toBeTruthy();
  return found as Entity;
}

/** The surfaces of an entity's mentions, in order, checked against the text. */
export function surfaces(doc: Doc, entity: Entity): string[] {
  return entity.mentions.map((m) => doc.text.slice(m.start, m.end));
}

/** The surfaces of an entity's mentions found a given way. */
export function surfacesVia(doc: Doc, entity: Entity, via: Mention["via"]): string[] {
  return entity.mentions.filter((m) => m.via === via).map((m) => doc.text.slice(m.start, m.end));
}

/** The entity that has a mention starting at the n-th occurrence of `surface`, or undefined. */
export function entityAt(doc: Doc, surface: string, n = 0): Entity | undefined {
  const start = occurrences(doc.text, surface)[n];
  return doc.get("entities").find((e) => e.mentions.some((m) => m.start === start));
}
