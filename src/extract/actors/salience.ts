import { PREPOSITIONS } from "./lexicon/words.ts";
import { isNaming, type MentionGraph } from "./mention-graph.ts";
import type { TextView } from "./text-view.ts";

/**
 * The subject-like mention of a sentence: its first naming mention when no preposition comes right
 * before it and no possessive right after it ("Acme said …", not "In Acme …" or "Acme’s chief …").
 * `skipBefore` moves a start back over a title ("UN Secretary-General Jane Roe said"); `accept`
 * narrows the mentions considered (people only, for pronouns). -1 when none.
 */
export function subjectOf(
  view: TextView,
  graph: MentionGraph,
  sentence: number,
  skipBefore: (start: number) => number,
  accept: (i: number) => boolean = () => true,
): number {
  const s = view.sentences[sentence];
  if (!s) return -1;
  const first = graph.live().find((i) => {
    const m = graph.get(i);
    return m.start >= s.start && m.end <= s.end && isNaming(m) && accept(i);
  });
  if (first === undefined) return -1;
  const m = graph.get(first);
  const before = view.firstTokenFrom(skipBefore(m.start)) - 1;
  if (before >= s.tokenStart && PREPOSITIONS.has(view.lower(before))) return -1;
  const after = view.tokenEndingAt(m.end) + 1;
  if (/^['’]s?$/u.test(view.words[after] ?? "")) return -1;
  return first;
}
