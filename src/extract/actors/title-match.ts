import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PORTFOLIO } from "./lexicon/titles.ts";
import { stripDiacritics } from "./names.ts";
import type { TextView } from "./text-view.ts";

/** A title phrase found in the tokens: [startToken, endToken) and its comparable head. */
export interface TitleMatch {
  readonly startToken: number;
  readonly endToken: number;
  /** The head with the modifiers that change the office ("deputy secretary general"). */
  readonly headKey: string;
}

/** Title heads by their last word, longest first, so a lookup only tries heads that can end there. */
const HEADS_BY_LAST = new Map<string, string[][]>();
for (const head of TITLE_HEADS.map((h) => h.split(" ")).sort((a, b) => b.length - a.length)) {
  const last = head[head.length - 1] ?? "";
  HEADS_BY_LAST.set(last, [...(HEADS_BY_LAST.get(last) ?? []), head]);
}
const PARTS = new WeakMap<TextView, string[][]>();
/** Modifiers that make a different office, so they belong to the head key. */
const OFFICE_MODIFIERS = new Set(["deputy", "vice", "assistant", "under"]);

/** The word parts of a token, split at hyphens, lower-case and unaccented ("then-President" → then, president). */
function parts(view: TextView, i: number): string[] {
  let cache = PARTS.get(view);
  if (!cache) {
    cache = [];
    PARTS.set(view, cache);
  }
  let p = cache[i];
  if (!p) {
    p = stripDiacritics(view.lower(i))
      .replace(/\.$/, "")
      .split(/[-‐‑]/u)
      .filter((w) => w.length > 0);
    cache[i] = p;
  }
  return p;
}

const isModifier = (w: string): boolean => TITLE_MODIFIERS.has(w) || TITLE_PORTFOLIO.has(w);

/** True when every part of token i is a title modifier or portfolio word ("foreign", "then-acting"). */
export function isTitleWord(view: TextView, i: number): boolean {
  const p = parts(view, i);
  return p.length > 0 && p.every(isModifier);
}

/** The head that ends exactly at token `last` (longest first), with the token where it starts. */
function headEndingAt(view: TextView, last: number, min: number): { start: number; words: string[] } | null {
  const lastParts = parts(view, last);
  const candidates = HEADS_BY_LAST.get(lastParts[lastParts.length - 1] ?? "");
  if (!candidates) return null;
  const flat: { word: string; token: number; first: boolean }[] = [];
  for (let t = Math.max(min, last - 3); t <= last; t++) {
    parts(view, t).forEach((word, k) => {
      flat.push({ word, token: t, first: k === 0 });
    });
  }
  for (const head of candidates) {
    if (head.length > flat.length) continue;
    const from = flat.length - head.length;
    if (!head.every((w, k) => flat[from + k]?.word === w)) continue;
    const first = flat[from];
    if (!first) continue;
    // A head that begins inside a token needs every earlier part of that token to be a modifier ("then-").
    const before = flat.slice(0, from).filter((p) => p.token === first.token);
    if (!first.first && !before.every((p) => isModifier(p.word))) continue;
    return { start: first.token, words: head };
  }
  return null;
}

/** The title phrase (modifiers, portfolio, head) ending at token `last`, not reaching before `min`. */
export function titleEndingAt(view: TextView, last: number, min = 0): TitleMatch | null {
  const head = headEndingAt(view, last, min);
  if (!head) return null;
  let start = head.start;
  const key = [...head.words];
  const headParts = parts(view, head.start);
  const leading = headParts.slice(0, headParts.length - head.words.length);
  for (const w of leading) if (OFFICE_MODIFIERS.has(w)) key.unshift(w);
  while (start - 1 >= min) {
    const p = parts(view, start - 1);
    if (p.length === 0 || !p.every(isModifier)) break;
    for (const w of p) if (OFFICE_MODIFIERS.has(w)) key.unshift(w);
    start--;
  }
  return { startToken: start, endToken: last + 1, headKey: key.join(" ") };
}

/** The title phrase starting at token `first` (modifiers, portfolio, then a head), longest head. */
export function titleStartingAt(view: TextView, first: number, max = first + 6): TitleMatch | null {
  let best: TitleMatch | null = null;
  for (let last = first; last < Math.min(max, view.tokens.length); last++) {
    const m = titleEndingAt(view, last, first);
    // Only a phrase made wholly of modifiers and heads reaches back to `first`.
    if (m && m.startToken === first) best = m;
  }
  return best;
}

/** The gender an honorific token marks, null for a genderless one, undefined when it is no honorific. */
export function honorificAt(view: TextView, i: number): "male" | "female" | null | undefined {
  const w = stripDiacritics(view.lower(i)).replace(/\.$/, "");
  return HONORIFICS.get(w);
}
