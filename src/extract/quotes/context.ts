import type { Doc } from "../../model/doc.ts";
import type { Paragraph, Sentence, Token } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { firstTokenFrom } from "../tokens/find.ts";

/** The layers quote extraction reads, with lookups by offset and token. */
export class QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly #lower: string[];

  constructor(doc: Doc) {
    this.text = doc.text;
    this.tokens = doc.get("tokens");
    this.sentences = doc.get("sentences");
    this.paragraphs = doc.maybe("paragraphs");
    this.#lower = this.tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
  }

  /** The token's text as written. */
  word(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end) : "";
  }

  /** The token's text in lower case ("" outside the document). */
  lower(i: number): string {
    return this.#lower[i] ?? "";
  }

  /** True when the token starts with a capital letter or a digit-free acronym. */
  isCapital(i: number): boolean {
    return /^\p{Lu}/u.test(this.word(i));
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    return firstTokenFrom(this.tokens, offset);
  }

  /** Index of the sentence containing token `i` (the last sentence starting at or before it). */
  sentenceOf(i: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sentences[mid]?.tokenStart ?? 0) <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Index of the paragraph containing an offset, or -1. */
  paragraphOf(offset: number): number {
    return this.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
  }

  /** The text of an inclusive token range. */
  slice(r: { first: number; last: number }): string {
    const s = this.span(r.first, r.last);
    return this.text.slice(s.start, s.end);
  }

  /** The span from the start of token `a` to the end of token `b` (inclusive). */
  span(a: number, b: number): Span {
    return { start: this.tokens[a]?.start ?? 0, end: this.tokens[b]?.end ?? 0 };
  }
}
