import type { EntityType, Message } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { type AcronymDefinition, findAcronymDefinitions } from "./acronyms.ts";
import { COMMON_ACRONYMS } from "./lexicon/words.ts";
import type { MentionGraph } from "./mention-graph.ts";
import type { TextView } from "./text-view.ts";

/**
 * Applies acronym definitions: the long form becomes a mention (replacing NER pieces of it), and
 * every token spelling the acronym joins it ("CRA", "CRA’s", "CRA’"), added with via "acronym"
 * where NER missed it. A near-miss of a defined acronym is linked too and reported as a message.
 */
export function linkAcronyms(view: TextView, graph: MentionGraph): Message[] {
  const defs = findAcronymDefinitions(view);
  const longOf = new Map<AcronymDefinition, number>();
  for (const def of defs) longOf.set(def, addLongForm(graph, def));
  const messages: Message[] = [];
  view.tokens.forEach((tok, i) => {
    const word = view.words[i] ?? "";
    const own = defs.filter((d) => d.acronym === word);
    if (own.length > 0) {
      const def = own.filter((d) => d.acronymSpan.start <= tok.start).pop() ?? own[0];
      const long = def ? longOf.get(def) : undefined;
      if (long !== undefined) attach(graph, tok, long);
      return;
    }
    const near = nearMiss(view, word, defs);
    const long = near ? longOf.get(near) : undefined;
    if (!near || long === undefined) return;
    if (!attach(graph, tok, long)) return;
    messages.push({
      start: tok.start,
      end: tok.end,
      rule: "actors.acronym-near-miss",
      message: `"${word}" looks like a misspelling of "${near.acronym}" (${view.text.slice(near.longSpan.start, near.longSpan.end)})`,
      suggestion: near.acronym,
    });
  });
  return messages;
}

/** Adds the definition's long form, taking the type of any non-person NER mention over it (ORG otherwise). */
function addLongForm(graph: MentionGraph, def: AcronymDefinition): number {
  const exact = graph.exact(def.longSpan);
  if (exact >= 0) {
    // Something with an acronym is a body, not a person, whatever NER thought.
    const m = graph.get(exact);
    if (m.type === "PERSON") graph.replace(exact, { ...m, type: "ORG" });
    graph.longForms.add(exact);
    return exact;
  }
  const over = graph.overlapping(def.longSpan);
  const typed = over.map((i) => graph.get(i).type).find((t) => t !== "PERSON");
  const type: EntityType = typed ?? "ORG";
  for (const i of over) graph.drop(i);
  const idx = graph.add({ ...def.longSpan, type, via: "rule" });
  graph.longForms.add(idx);
  return idx;
}

/** Links the acronym token to the long form's group; false when a longer mention covers it. */
function attach(graph: MentionGraph, tok: Span, long: number): boolean {
  const over = graph.overlapping(tok);
  const exact = over.find((i) => graph.get(i).start === tok.start && graph.get(i).end === tok.end);
  if (exact !== undefined) {
    graph.union(exact, long);
    return true;
  }
  if (over.length > 0) return false;
  graph.union(graph.add({ start: tok.start, end: tok.end, type: graph.typeOf(long), via: "acronym" }), long);
  return true;
}

/**
 * The one defined acronym that `word` misses by a single swap of neighbouring letters or a single
 * changed letter ("ORP" for "OPR"); null when the word is defined, common, an ordinary word in this
 * text, or close to no or several definitions.
 */
function nearMiss(
  view: TextView,
  word: string,
  defs: readonly AcronymDefinition[],
): AcronymDefinition | null {
  if (!/^\p{Lu}{3,8}$/u.test(word) || COMMON_ACRONYMS.has(word)) return null;
  if (defs.some((d) => d.acronym === word)) return null;
  if (new RegExp(`\\b${word.toLowerCase()}\\b`, "u").test(view.text)) return null;
  const close = defs.filter((d) => oneEditAway(word, d.acronym));
  const targets = new Set(close.map((d) => d.acronym));
  return targets.size === 1 ? (close[0] ?? null) : null;
}

/** One substitution or one swap of neighbouring letters, same length. */
export function oneEditAway(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [x, y] = diff;
  return diff.length === 2 && x !== undefined && y === x + 1 && a[x] === b[y] && a[y] === b[x];
}
