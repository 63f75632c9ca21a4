import { DATE_WORDS, ORG_HEADS, SENTENCE_WORDS } from "./lexicon/words.ts";
import type { MentionGraph } from "./mention-graph.ts";
import type { TextView } from "./text-view.ts";
import { isTitleWord, titleEndingAt, titleStartingAt } from "./title-match.ts";

/** A word that can be part of a person's name: capitalised, not a title, body, month or function word. */
function isNamePart(view: TextView, i: number): boolean {
  const word = view.words[i] ?? "";
  if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (SENTENCE_WORDS.has(lower) || ORG_HEADS.has(lower) || DATE_WORDS.has(lower)) return false;
  return !isTitleWord(view, i) && !titleEndingAt(view, i, i);
}

/**
 * Adds PERSON mentions NER missed where a title makes the name certain: two or three name words
 * right after a capitalised title ("… Secretary-General Jane Roe said") or right before
 * ", <Title> at/of/for" ("Jane Roe, Policy Director at Acme"). An NER mention of exactly those words
 * typed otherwise becomes PERSON; other mentions over the words are left alone.
 */
export function addTitledNames(view: TextView, graph: MentionGraph): void {
  for (let t = 0; t < view.tokens.length; t++) {
    const title = titleStartingAt(view, t);
    // The head must be written capitalised ("then-President", "Secretary-General"), as in a title.
    if (!title || !/(?:^|[-‐‑])\p{Lu}[^-‐‑]*$/u.test(view.words[title.endToken - 1] ?? "")) continue;
    const after = nameRun(view, title.endToken);
    if (after > 0) addPerson(view, graph, title.endToken, title.endToken + after);
    t = title.endToken - 1;
  }
  for (let t = 0; t < view.tokens.length; t++) {
    if (view.words[t] !== ",") continue;
    let h = t + 1;
    if (["the", "a", "an"].includes(view.lower(h))) h++;
    const title = findTitleAhead(view, h);
    if (!title) continue;
    for (const n of [3, 2]) {
      const first = t - n;
      if (first < 0 || nameRun(view, first) !== n) continue;
      const before = view.words[first - 1] ?? "";
      if (/^\p{Lu}/u.test(before) && view.sentenceOf(first - 1) === view.sentenceOf(first)) continue;
      addPerson(view, graph, first, t);
      break;
    }
  }
}

/** How many name words (2 or 3, else 0) start at token i and end before a non-name token. */
function nameRun(view: TextView, i: number): number {
  let n = 0;
  while (n < 3 && isNamePart(view, i + n)) n++;
  if (n < 2 || isNamePart(view, i + n) || /^\p{Lu}/u.test(view.words[i + n] ?? "")) return 0;
  return n;
}

/** A title phrase starting at h and followed by at/of/for (the appositive's title). */
function findTitleAhead(view: TextView, h: number): boolean {
  for (let k = h; k < h + 5; k++) {
    const title = titleEndingAt(view, k, h);
    if (title && ["at", "of", "for"].includes(view.lower(k + 1))) return true;
    if (!/^\p{Lu}/u.test(view.words[k] ?? "") && !isTitleWord(view, k)) return false;
  }
  return false;
}

/** Adds the name as a PERSON, or retypes an NER mention of exactly those words that says otherwise. */
function addPerson(view: TextView, graph: MentionGraph, from: number, to: number): void {
  const span = { start: view.tokens[from]?.start ?? 0, end: view.tokens[to - 1]?.end ?? 0 };
  const over = graph.overlapping(span);
  if (over.length === 0) graph.add({ ...span, type: "PERSON", via: "rule" });
  const same = graph.exact(span);
  if (over.length === 1 && same >= 0 && graph.get(same).type !== "PERSON") {
    graph.replace(same, { ...graph.get(same), type: "PERSON" });
  }
}
