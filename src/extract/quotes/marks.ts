import type { Message } from "../../model/layers.ts";
import { isSpace, type Span, trimSpan } from "../../model/span.ts";
import type { QuoteContext } from "./context.ts";

/** A stretch of text between quotation marks, before attribution. */
export interface MarkedQuote {
  /** Content without the marks (and without the comma that ends a quote before "she said"). */
  readonly content: Span;
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or -1 when the paragraph ended first. */
  readonly close: number;
  /** True for a quote in single marks that is not nested inside double ones. */
  readonly single: boolean;
  /**
   * The opening mark of the whole quotation: a quotation that runs over several paragraphs gives
   * one MarkedQuote per paragraph (each without marks), all with the same group.
   */
  readonly group: number;
}

const DOUBLE_OPEN = new Set(["“", "„", "«"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);

interface Pending {
  open: number;
  paragraph: number;
  group: number;
}

/**
 * Pairs the quotation marks of the text. Apostrophes (clitics are already inside word tokens;
 * possessive "students’" is skipped here) never open or close a quote. A double quote may run over
 * several paragraphs when each new paragraph opens with a mark; otherwise an unclosed mark ends at
 * its paragraph and is reported as `quote.unbalanced`, so no span ever runs away.
 */
export function pairQuoteMarks(ctx: QuoteContext): { quotes: MarkedQuote[]; messages: Message[] } {
  const { text, tokens } = ctx;
  const paragraphs = ctx.paragraphs.length > 0 ? ctx.paragraphs : [{ start: 0, end: text.length }];
  const quotes: MarkedQuote[] = [];
  const messages: Message[] = [];
  let double: Pending | null = null;
  let single: Pending | null = null;
  let t = 0;
  const unbalanced = (open: number, why: string): void => {
    const tok = tokens[open];
    if (tok) messages.push({ start: tok.start, end: tok.end, rule: "quote.unbalanced", message: why });
  };
  const emit = (open: number, close: number, end: number, isSingle: boolean, group: number): void => {
    const content = trimContent(text, { start: tokens[open]?.end ?? 0, end });
    if (content.end > content.start) quotes.push({ content, open, close, single: isSingle, group });
  };
  paragraphs.forEach((para, pi) => {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < para.start) t++;
    const first = t;
    for (; t < tokens.length && (tokens[t]?.start ?? 0) < para.end; t++) {
      const tok = tokens[t];
      if (tok?.kind !== "quote") continue;
      const ch = text.slice(tok.start, tok.end);
      const before = text[tok.start - 1];
      const after = text[tok.end];
      const spaceBefore =
        tok.start === para.start ||
        before === undefined ||
        isSpace(before.charCodeAt(0)) ||
        /[([{—–-]/.test(before);
      if (DOUBLE_OPEN.has(ch) || (ch === '"' && !double)) {
        if (double && double.paragraph < pi && t === first) {
          double = { open: t, paragraph: pi, group: double.group }; // the next paragraph of a long quotation
          continue;
        }
        if (double) unbalanced(double.open, "An opening quotation mark is never closed before the next one.");
        if (ch === '"' && !spaceBefore && (after === undefined || /[\s,.;:!?)]/.test(after))) {
          unbalanced(t, "A closing quotation mark has no opening mark.");
          continue;
        }
        double = { open: t, paragraph: pi, group: t };
        single = null;
      } else if (DOUBLE_CLOSE.has(ch) || ch === '"') {
        if (!double) {
          unbalanced(t, "A closing quotation mark has no opening mark.");
          continue;
        }
        if (ch === '"' && double.paragraph < pi && t === first) {
          double = { open: t, paragraph: pi, group: double.group };
          continue;
        }
        emit(double.open, t, tok.start, false, double.group);
        double = null;
        single = null;
      } else if (ch === "‘" || (ch === "'" && spaceBefore && /[\p{L}\p{N}]/u.test(after ?? ""))) {
        if (!/^\d\ds\b/.test(text.slice(tok.end, tok.end + 4))) single = { open: t, paragraph: pi, group: t }; // not ’90s
      } else if ((ch === "’" || ch === "'") && single) {
        if (!double) emit(single.open, t, tok.start, true, single.open);
        single = null;
      }
    }
    single = null;
    if (double) {
      const next = paragraphs[pi + 1];
      const nextFirst = next ? firstTokenText(ctx, t, next.start) : "";
      if (!DOUBLE_OPEN.has(nextFirst) && nextFirst !== '"') {
        unbalanced(double.open, "This quotation is not closed before its paragraph ends.");
        emit(double.open, -1, para.end, false, double.group);
        double = null;
      } else {
        emit(double.open, -1, para.end, false, double.group); // this paragraph's part of a long quotation
      }
    }
  });
  return { quotes, messages };
}

function firstTokenText(ctx: QuoteContext, from: number, start: number): string {
  let i = from;
  while (i < ctx.tokens.length && (ctx.tokens[i]?.start ?? 0) < start) i++;
  return ctx.word(i);
}

/** Trims white space and the comma that journalistic style puts before a closing mark. */
function trimContent(text: string, span: Span): Span {
  let s = trimSpan(text, span);
  while (s.end > s.start && /[,;:—–-]/.test(text[s.end - 1] ?? ""))
    s = trimSpan(text, { start: s.start, end: s.end - 1 });
  return s;
}
