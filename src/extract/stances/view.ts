import type { Doc } from "../../model/doc.ts";
import type { Sentence, Token } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";

/**
 * A read-only view of a document's tokens for the stance rules: lower-cased forms with curly
 * apostrophes folded to ASCII (for matching only — spans always come from the tokens themselves).
 */
export interface TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Lower-cased, apostrophe-folded form of each token. */
  readonly forms: readonly string[];
  readonly sentences: readonly Sentence[];
  /** Index of the sentence each token belongs to (-1 when none). */
  readonly sentenceOf: readonly number[];
}

/** Builds the view from the `tokens` and `sentences` layers. */
export function tokenView(doc: Doc): TokenView {
  const tokens = doc.get("tokens");
  const sentences = doc.get("sentences");
  const forms = tokens.map((t) => fold(doc.text.slice(t.start, t.end)));
  const sentenceOf = new Array<number>(tokens.length).fill(-1);
  sentences.forEach((s, i) => {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) sentenceOf[t] = i;
  });
  return { text: doc.text, tokens, forms, sentences, sentenceOf };
}

/** Lower-cases and folds typographic apostrophes so "n’t" and "n't" compare equal. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'");
}

/** The span from the start of token `a` to the end of token `b - 1` (half-open token range). */
export function tokenSpan(view: TokenView, a: number, b: number): Span {
  const first = view.tokens[a];
  const last = view.tokens[b - 1];
  if (!first || !last || b <= a) return { start: first?.start ?? 0, end: first?.start ?? 0 };
  return { start: first.start, end: last.end };
}

/** The original text of token `i`. */
export function raw(view: TokenView, i: number): string {
  const t = view.tokens[i];
  return t ? view.text.slice(t.start, t.end) : "";
}

/** True when token `i` is a word starting with a capital letter (a name candidate). */
export function isCapitalised(view: TokenView, i: number): boolean {
  const t = view.tokens[i];
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(raw(view, i));
}

/** The token index range [from, to) of the sentence containing token `i`. */
export function sentenceRange(view: TokenView, i: number): [number, number] {
  const s = view.sentences[view.sentenceOf[i] ?? -1];
  return s ? [s.tokenStart, s.tokenEnd] : [i, i + 1];
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenAt(view: TokenView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
