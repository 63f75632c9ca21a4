import type { Sentence, Token } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { firstTokenFrom } from "../tokens/find.ts";

/** Token access for one document: words by index, lower-cased, and lookups by offset. */
export class TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];

  constructor(text: string, tokens: readonly Token[]) {
    this.text = text;
    this.tokens = tokens;
  }

  /** The token's text ("" outside the document). */
  word(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end) : "";
  }

  lower(i: number): string {
    return this.word(i).toLowerCase();
  }

  kind(i: number): Token["kind"] | null {
    return this.tokens[i]?.kind ?? null;
  }

  span(from: number, to: number): Span {
    return { start: this.tokens[from]?.start ?? 0, end: this.tokens[to]?.end ?? 0 };
  }

  /** Index of the first token starting at or after `offset`. */
  firstAtOrAfter(offset: number): number {
    return firstTokenFrom(this.tokens, offset);
  }

  /** Index of the last token ending at or before `offset` (-1 when none). */
  lastBefore(offset: number): number {
    return this.firstAtOrAfter(offset) - 1;
  }
}

/** The sentence containing `offset`, or a whole-text sentence when the layer has none. */
export function sentenceAt(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  offset: number,
): Sentence {
  for (const s of sentences) if (s.start <= offset && offset < s.end) return s;
  return { start: 0, end: Number.MAX_SAFE_INTEGER, tokenStart: 0, tokenEnd: tokens.length };
}

/** True when the word is lower case and ends like a past participle or a gerund ("entered", "living"). */
export function looksVerbal(word: string): boolean {
  return /^[a-z]+(?:ed|ing)$/.test(word) && word.length > 4;
}

/** True when the word is a plural noun by its shape ("trucks", "centres"), not "is", "was", "this". */
export function looksPlural(word: string): boolean {
  return /^\p{L}[\p{L}-]*[^su's]s$/u.test(word) && word.length > 3 && !/(?:ss|us|is)$/.test(word);
}
