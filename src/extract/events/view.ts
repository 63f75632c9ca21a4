import type { Doc } from "../../model/doc.ts";
import type { EntityType, Token } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { firstTokenFrom } from "../tokens/find.ts";

/** A named or resolved mention the patterns can attach to, with its entity when known. */
export interface MentionRef extends Span {
  readonly entity: string | null;
  readonly type: EntityType;
}

/**
 * Read-only helpers over one document's tokens: lower-cased forms, sentence bounds, and which
 * entity mention (if any) covers each token. Built once per document.
 */
export class TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** Index of the sentence of each token. */
  readonly sentenceOf: readonly number[];
  readonly sentenceBounds: readonly (readonly [number, number])[];
  readonly #mentionAt: (MentionRef | undefined)[];

  constructor(doc: Doc) {
    this.text = doc.text;
    this.tokens = doc.get("tokens");
    this.lower = this.tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
    const sentenceOf: number[] = new Array(this.tokens.length).fill(-1);
    this.sentenceBounds = doc.get("sentences").map((s, i) => {
      for (let t = s.tokenStart; t < s.tokenEnd; t++) sentenceOf[t] = i;
      return [s.tokenStart, s.tokenEnd] as const;
    });
    this.sentenceOf = sentenceOf;
    this.#mentionAt = new Array(this.tokens.length);
    // Entities first (they carry ids and resolved pronouns), then bare NER mentions as a fallback.
    const refs: MentionRef[] = [];
    for (const e of doc.maybe("entities"))
      for (const m of e.mentions) refs.push({ start: m.start, end: m.end, entity: e.id, type: e.type });
    for (const m of doc.maybe("mentions"))
      refs.push({ start: m.start, end: m.end, entity: null, type: m.type });
    for (const ref of refs) {
      for (const t of this.tokensIn(ref)) if (this.#mentionAt[t] === undefined) this.#mentionAt[t] = ref;
    }
  }

  /** The token's original text. */
  form(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end) : "";
  }

  /** The token's lower-cased text, or "" outside the document. */
  at(i: number): string {
    return this.lower[i] ?? "";
  }

  /** The mention covering token i, if any. */
  mentionAt(i: number): MentionRef | undefined {
    return this.#mentionAt[i];
  }

  /** Token indices whose characters lie inside the span. */
  tokensIn(span: Span): number[] {
    const out: number[] = [];
    for (let i = this.firstTokenFrom(span.start); i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.start >= span.end) break;
      if (t.end <= span.end) out.push(i);
    }
    return out;
  }

  /** The first token that starts at or after `offset` (binary search). */
  firstTokenFrom(offset: number): number {
    return firstTokenFrom(this.tokens, offset);
  }

  /** The span from the start of token a to the end of token b (inclusive). */
  spanOf(a: number, b: number): Span {
    return { start: (this.tokens[a] as Token).start, end: (this.tokens[b] as Token).end };
  }

  /** True for a word token starting with a capital letter. */
  isCapitalized(i: number): boolean {
    return /^\p{Lu}/u.test(this.form(i));
  }

  /** True when token i is punctuation, a quote mark or a symbol. */
  isPunct(i: number): boolean {
    const k = this.tokens[i]?.kind;
    return k === "punct" || k === "quote" || k === "symbol";
  }

  /** True when no white space separates token i from the token before it. */
  attachedToPrevious(i: number): boolean {
    const prev = this.tokens[i - 1];
    const cur = this.tokens[i];
    return prev !== undefined && cur !== undefined && prev.end === cur.start;
  }
}
