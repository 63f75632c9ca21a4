import type { Sentence, Token } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { firstTokenFrom } from "../tokens/find.ts";

/** Quotation marks that open and close a quoted passage. */
const OPENERS = new Set(["“", "«", "„"]);
const CLOSERS = new Set(["”", "»"]);

/**
 * Read-only helpers over a document's tokens and sentences: token text, lookup by offset,
 * the sentence of a token, and whether an offset lies inside quotation marks.
 */
export class TextView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Each token's text. */
  readonly words: readonly string[];
  readonly #byStart = new Map<number, number>();
  readonly #byEnd = new Map<number, number>();
  readonly #sentenceOf: Int32Array;
  readonly #quotes: Span[];

  constructor(text: string, tokens: readonly Token[], sentences: readonly Sentence[]) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.words = tokens.map((t) => text.slice(t.start, t.end));
    tokens.forEach((t, i) => {
      this.#byStart.set(t.start, i);
      this.#byEnd.set(t.end, i);
    });
    this.#sentenceOf = new Int32Array(tokens.length).fill(-1);
    sentences.forEach((s, si) => {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) this.#sentenceOf[i] = si;
    });
    this.#quotes = findQuoteRegions(text);
  }

  /** The text of a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Lower-case text of token i ("" past the ends). */
  lower(i: number): string {
    return (this.words[i] ?? "").toLowerCase();
  }

  /** Index of the token starting exactly at `offset`, or -1. */
  tokenStartingAt(offset: number): number {
    return this.#byStart.get(offset) ?? -1;
  }

  /** Index of the token ending exactly at `offset`, or -1. */
  tokenEndingAt(offset: number): number {
    return this.#byEnd.get(offset) ?? -1;
  }

  /** Index of the first token whose start is at or after `offset` (tokens.length when none). */
  firstTokenFrom(offset: number): number {
    return firstTokenFrom(this.tokens, offset);
  }

  /** The sentence index of token i (-1 when outside every sentence). */
  sentenceOf(i: number): number {
    return this.#sentenceOf[i] ?? -1;
  }

  /** The sentence index of the token at or after `offset`. */
  sentenceAt(offset: number): number {
    return this.sentenceOf(Math.min(this.firstTokenFrom(offset), this.tokens.length - 1));
  }

  /** True when the offset lies inside a quoted passage (between the quotation marks). */
  inQuote(offset: number): boolean {
    return this.#quotes.some((q) => q.start <= offset && offset < q.end);
  }
}

/** Passages between curly or guillemet quotation marks; an unclosed one ends at the line break. */
function findQuoteRegions(text: string): Span[] {
  const regions: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (OPENERS.has(ch) && open < 0) open = i + 1;
    else if (CLOSERS.has(ch) && open >= 0) {
      regions.push({ start: open, end: i });
      open = -1;
    } else if (ch === "\n" && open >= 0) {
      regions.push({ start: open, end: i });
      open = -1;
    } else if (ch === '"') {
      if (open < 0) open = i + 1;
      else {
        regions.push({ start: open, end: i });
        open = -1;
      }
    }
  }
  if (open >= 0) regions.push({ start: open, end: text.length });
  return regions;
}
