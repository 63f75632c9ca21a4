import { speakerFor } from "./clause.ts";
import type { QuoteContext } from "./context.ts";
import { type Cue, cuesIn } from "./cues.ts";
import type { Draft } from "./draft.ts";
import type { MarkedQuote } from "./marks.ts";
import type { TokenRange } from "./speaker.ts";

interface Found {
  cue: Cue;
  speaker: TokenRange | null;
}

/**
 * Attributes each quotation to a cue and speaker in its own sentence: after it ("…,” she said;
 * “…,” said Ana Reyes, the mayor), before it (Reyes wrote: “…”; Reyes argued that “…” could…),
 * or in a lead-in sentence ending in a colon. Quotes with no cue come back with `via: "none"`.
 */
export function attributeDirect(ctx: QuoteContext, marked: readonly MarkedQuote[]): Draft[] {
  return marked.map((q, qi) => {
    const lastContent = Math.max(q.open, ctx.tokenAt(q.content.end) - 1);
    const closeTok = q.close >= 0 ? q.close : lastContent;
    const sOpen = ctx.sentences[ctx.sentenceOf(q.open)];
    const sClose = ctx.sentences[ctx.sentenceOf(closeTok)];
    const prev = marked[qi - 1];
    const next = marked[qi + 1];
    const leftFrom = Math.max(
      sOpen?.tokenStart ?? 0,
      prev && prev.close >= 0 && prev.close < q.open ? prev.close + 1 : 0,
    );
    let rightTo = Math.min(sClose?.tokenEnd ?? closeTok + 1, next ? next.open : Number.POSITIVE_INFINITY);
    if (q.close < 0) rightTo = closeTok + 1;
    const frame = { first: leftFrom, last: Math.max(leftFrom, rightTo - 1) };
    const base = {
      content: q.content,
      direct: true,
      frame,
      recipient: null,
      single: q.single,
      group: q.group,
    };
    const endsWithComma = /[,?!—–-]\s*$/.test(
      ctx.text.slice(q.content.end, ctx.tokens[closeTok]?.start ?? q.content.end),
    );
    const rightFirst =
      endsWithComma ||
      ctx.lower(closeTok + 1) === "," ||
      !/[.]$/.test(ctx.text.slice(q.content.start, q.content.end));
    const right = (): Found | null => fromRight(ctx, closeTok + 1, rightTo);
    const left = (): Found | null => fromLeft(ctx, leftFrom, q.open);
    const found = rightFirst ? (right() ?? left()) : (left() ?? right());
    const lead = found ?? (leftFrom === q.open ? leadIn(ctx, q.open) : null);
    if (lead) return { ...base, cue: lead.cue, speaker: lead.speaker, via: "cue" };
    return { ...base, cue: null, speaker: null, via: "none" };
  });
}

function fromRight(ctx: QuoteContext, from: number, to: number): Found | null {
  let end = to;
  // "“….” Ana Reyes said." — a short sentence of its own right after the quote.
  if (from >= to) {
    const s = ctx.sentences[ctx.sentenceOf(from)];
    if (!s || s.tokenStart !== from || s.tokenEnd - s.tokenStart > 10) return null;
    const para = ctx.paragraphOf(ctx.tokens[from]?.start ?? 0);
    if (para !== ctx.paragraphOf(ctx.tokens[from - 1]?.start ?? 0)) return null;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (ctx.tokens[i]?.kind === "quote") return null;
    end = s.tokenEnd;
  }
  // "…,” and the minister will …": a new clause, not the attribution.
  const lead = ctx.lower(from) === "," ? from + 1 : from;
  if (/^(?:and|but|or|so|yet|because|while|which|who|that)$/.test(ctx.lower(lead))) return null;
  const cue = cuesIn(ctx, from, Math.min(end, from + 20))[0];
  if (!cue) return null;
  for (let i = from; i < cue.first; i++) if (/^[.!?]$/.test(ctx.lower(i))) return null;
  if (/^(?:n[’']t|not|never)$/.test(ctx.lower(cue.first - 1))) return null;
  return { cue, speaker: speakerFor(ctx, cue, from, end - 1) };
}

function fromLeft(ctx: QuoteContext, from: number, open: number): Found | null {
  const cues = cuesIn(ctx, from, open);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const gap = open - cue.last - 1;
  if (gap > 15 && ctx.lower(open - 1) !== ":") return null;
  return { cue, speaker: speakerFor(ctx, cue, from, open - 1) };
}

/** "Reyes said in a statement:" ending the previous sentence or paragraph, then the quotation. */
function leadIn(ctx: QuoteContext, open: number): Found | null {
  const si = ctx.sentenceOf(open);
  const prev = ctx.sentences[si - 1];
  if (!prev || ctx.sentences[si]?.tokenStart !== open) return null;
  if (ctx.lower(prev.tokenEnd - 1) !== ":") return null;
  return fromLeft(ctx, prev.tokenStart, prev.tokenEnd - 1);
}
