import type { WordInfo } from "./word-info.ts";

/**
 * What the whole document says about a capitalised word: whether it also appears in lower case,
 * whether it appears capitalised mid-sentence (and with which shape), and its neighbours at its other
 * occurrences (Ratinov & Roth's context aggregation: "Blackburn" after "Peter" elsewhere hints PER).
 */
export interface DocContexts {
  readonly lower: Set<number>;
  readonly capMid: Map<number, number>;
  /** Per capitalised word: token indexes of its occurrences; neighbours are looked up from them. */
  readonly occurrences: Map<number, number[]>;
  readonly sentenceOf: Int32Array;
  readonly starts: readonly number[];
}

const MAX_OCCURRENCES = 12;

/** Collects the document facts over all sentences. */
export function docContexts(
  words: readonly WordInfo[],
  starts: readonly number[],
  facts: readonly { readonly caps: boolean }[],
): DocContexts {
  const lower = new Set<number>();
  const capMid = new Map<number, number>();
  const occurrences = new Map<number, number[]>();
  const sentenceOf = new Int32Array(words.length);
  for (let s = 0; s < facts.length; s++) {
    const caps = facts[s]?.caps ?? false;
    for (let i = starts[s] as number; i < (starts[s + 1] as number); i++) {
      sentenceOf[i] = s;
      const w = words[i] as WordInfo;
      if (!w.letter) continue;
      if (!w.cap) {
        lower.add(w.lw);
        continue;
      }
      if (!caps && i > (starts[s] as number) && !w.caps) capMid.set(w.lw, w.short);
      const list = occurrences.get(w.lw);
      if (!list) occurrences.set(w.lw, [i]);
      else if (list.length < MAX_OCCURRENCES) list.push(i);
    }
  }
  return { lower, capMid, occurrences, sentenceOf, starts };
}

/** Calls `visit` with the neighbours of each other occurrence of token i's word (null at edges). */
export function otherContexts(
  ctx: DocContexts,
  words: readonly WordInfo[],
  i: number,
  visit: (prev: WordInfo | null, next: WordInfo | null) => void,
): void {
  const list = ctx.occurrences.get((words[i] as WordInfo).lw);
  if (!list || list.length < 2) return;
  for (const j of list) {
    if (j === i) continue;
    const s = ctx.sentenceOf[j] as number;
    const prev = j > (ctx.starts[s] as number) ? (words[j - 1] as WordInfo) : null;
    const next = j + 1 < (ctx.starts[s + 1] as number) ? (words[j + 1] as WordInfo) : null;
    visit(prev, next);
  }
}
