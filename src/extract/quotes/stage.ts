import type { ChainLink, Entity, Quote } from "../../model/layers.ts";
import type { Stage } from "../../pipeline/stage.ts";
import { buildChain } from "./chain.ts";
import { QuoteContext } from "./context.ts";
import { attributeDirect } from "./direct.ts";
import type { Draft } from "./draft.ts";
import { findIndirect } from "./indirect.ts";
import { linkEntity } from "./link.ts";
import { pairQuoteMarks } from "./marks.ts";
import { resolveDrafts } from "./resolve.ts";

/**
 * Adds the `quotes` layer: direct quotations (straight or curly marks, nested, over several
 * paragraphs), partial quotes and reported speech, each with its cue, speaker phrase, speaker
 * entity (when the `entities` layer is present), chain of reporting and hedge flag. Unbalanced
 * quotation marks are reported as `quote.unbalanced` messages.
 */
export const quotesStage: Stage = {
  name: "quotes",
  version: "14",
  requires: ["tokens", "sentences"],
  assigns: ["quotes"],
  run(doc) {
    const ctx = new QuoteContext(doc);
    const { quotes: marked, messages } = pairQuoteMarks(ctx);
    const direct = attributeDirect(ctx, marked);
    const insideQuote = (offset: number): boolean =>
      marked.some((q) => q.content.start <= offset && offset < q.content.end);
    const drafts = resolveDrafts(ctx, direct, findIndirect(ctx, insideQuote));
    const entities = doc.maybe("entities");
    const quotes: Quote[] = [];
    for (const d of drafts) quotes.push(toQuote(ctx, d, entities, quotes, drafts));
    const datelines = doc.maybe("paragraphs").filter((p) => p.role === "dateline");
    return { layers: { quotes: quotes.map((q) => skipDateline(doc.text, q, datelines)) }, messages };
  },
};

function toQuote(
  ctx: QuoteContext,
  d: Draft,
  entities: readonly Entity[],
  done: readonly Quote[],
  drafts: readonly Draft[],
): Quote {
  const speakerSpan = d.speaker ? ctx.span(d.speaker.first, d.speaker.last) : null;
  let speaker = speakerSpan ? linkEntity(entities, speakerSpan) : null;
  if (!speaker && speakerSpan && /^(?:he|she)$/i.test(ctx.text.slice(speakerSpan.start, speakerSpan.end))) {
    // Coreference left "he"/"she" unresolved: the person who spoke last is the likeliest referent.
    const people = new Set(entities.filter((e) => e.type === "PERSON").map((e) => e.id));
    speaker = [...done].reverse().find((q) => q.speaker && people.has(q.speaker))?.speaker ?? null;
  }
  let chain: ChainLink[];
  let hedged: boolean;
  if (d.via === "inherited" && d.from !== undefined && done[d.from]) {
    // A floating quote continues its source: same speaker entity, same chain beyond the speaker.
    const source = done[d.from];
    speaker = source?.speaker ?? speaker;
    chain = (source?.chain ?? []).map((l) =>
      l.role === "speaker" && speakerSpan ? { ...l, span: speakerSpan, entity: speaker } : l,
    );
    hedged = source?.hedged ?? false;
  } else {
    const built = buildChain(ctx, d);
    chain = built.links.map((l) => ({ role: l.role, span: l.span, entity: linkEntity(entities, l.span) }));
    hedged = built.hedged;
    inheritContext(ctx, d, chain, done, drafts);
  }
  const cue = d.cue ? ctx.span(d.cue.first, d.cue.last) : null;
  return { ...d.content, direct: d.direct, speaker, speakerSpan, cue, chain, hedged };
}

/**
 * A quote whose own sentence names no medium or intermediary inherits them from the quote just
 * before it when both come from the same speaker ("According to the letter obtained by X, Reyes
 * seems keen … / “…,” wrote Reyes."): the letter is still where the words come from.
 */
function inheritContext(
  ctx: QuoteContext,
  d: Draft,
  chain: ChainLink[],
  done: readonly Quote[],
  drafts: readonly Draft[],
): void {
  if (chain.some((l) => l.role !== "speaker") || !d.speaker) return;
  const prev = done[done.length - 1];
  const prevDraft = drafts[done.length - 1];
  if (!prev || !prevDraft || prev.chain.every((l) => l.role === "speaker")) return;
  if (ctx.paragraphOf(d.content.start) - ctx.paragraphOf(prev.start) > 1) return;
  const surname = (s: string): string =>
    s
      .split(/\s+/)
      .pop()
      ?.replace(/[’']s?$/, "") ?? "";
  const mine = surname(ctx.slice(d.speaker));
  const names = [
    prevDraft.speaker ? ctx.slice(prevDraft.speaker) : "",
    ctx.text.slice(prev.start, prev.end).split(/\s+/)[0] ?? "",
  ];
  if (!names.some((n) => surname(n) === mine && mine.length > 1)) return;
  for (const l of prev.chain) if (l.role !== "speaker") chain.push(l);
}

/** Reported speech never includes the dateline ("PLACE, Country (Agency) —") that opens the article. */
function skipDateline(text: string, q: Quote, datelines: readonly { start: number; end: number }[]): Quote {
  const d = datelines.find((p) => p.start <= q.start && q.start < p.end + 8);
  if (!d || q.end <= d.end) return q;
  // Skip an agency name in brackets and the dash after the place.
  const rest = /^\s*(?:\([^()]{1,40}\))?\s*[–—-]{1,2}\s*/.exec(text.slice(d.end, q.end));
  const start = d.end + (rest ? rest[0].length : 0);
  return start < q.end ? { ...q, start } : q;
}
