import { contains, overlaps } from "../../model/span.ts";
import type { QuoteContext } from "./context.ts";
import type { Draft } from "./draft.ts";
import { PRONOUNS } from "./lexicon.ts";

/** How many paragraphs back a floating quotation may look for the speaker it continues. */
const FLOATING_REACH = 3;

/**
 * Merges direct and reported quotes into one list in text order. Reported speech that is mostly
 * quotation marks gives way to its partial quotes; partial quotes lost in a longer paraphrase give
 * way to the paraphrase. Quotes with no cue continue the previous speaker when they are a
 * paragraph of their own (a floating quote) or follow an attributed quote in the same paragraph;
 * other unattributed marks (scare quotes, titles) are dropped.
 */
export function resolveDrafts(
  ctx: QuoteContext,
  direct: readonly Draft[],
  indirect: readonly Draft[],
): Draft[] {
  const dropped = new Set<Draft>();
  const directs = [...direct];
  for (const r of indirect) {
    const inner = directs.filter((d) => contains(r.content, d.content) || overlaps(r.content, d.content));
    const quoted = inner.reduce((n, d) => n + (d.content.end - d.content.start), 0);
    if (inner.length === 0) continue;
    if (quoted < 0.5 * (r.content.end - r.content.start)) {
      for (const d of inner) dropped.add(d);
      continue;
    }
    dropped.add(r);
    // Partial quotes inside the report take its cue and speaker: "Reyes said the plan “can work.”"
    for (const d of inner) {
      if (d.via !== "none") continue;
      directs[directs.indexOf(d)] = {
        ...d,
        cue: r.cue,
        speaker: r.speaker,
        recipient: r.recipient,
        via: "cue",
      };
    }
  }
  // The paragraphs of one long quotation share the attribution found in any of them.
  const attributed = new Map<number, Draft>();
  for (const d of directs)
    if (d.group !== undefined && d.via === "cue" && !attributed.has(d.group)) attributed.set(d.group, d);
  directs.forEach((d, i) => {
    const g = d.group === undefined ? undefined : attributed.get(d.group);
    if (d.via === "none" && g)
      directs[i] = {
        ...d,
        cue: g.cue,
        speaker: g.speaker,
        recipient: g.recipient,
        frame: g.frame,
        via: "cue",
      };
  });
  const all = [...directs, ...indirect]
    .filter(
      (d) =>
        !dropped.has(d) && !inRubric(ctx, d) && !(d.direct && isScareQuote(ctx, d, d.via === "none" ? 3 : 2)),
    )
    .sort((a, b) => a.content.start - b.content.start);
  const out: Draft[] = [];
  for (const d of all) {
    if (d.via !== "none") {
      out.push(d);
      continue;
    }
    if (d.single) continue;
    const source = findSource(ctx, d, out);
    if (source < 0) continue;
    const from = out[source];
    if (!from) continue;
    out.push({ ...d, cue: null, speaker: namedSpeaker(ctx, out, source), via: "inherited", from: source });
  }
  return out;
}

// A clause has a subject pronoun, an auxiliary or a clitic; "a disgrace" and "whiff" do not.
const CLAUSE =
  /(?:^|[\s“"‘'])(?:i|we|you|he|she|it|they|this|that|is|are|was|were|be|am|will|can|could|would|should|must|do|does|did|have|has|had)(?=$|[\s,.!?”"’'])|[’']s\b|n[’']t\b|[’'](?:m|re|ll|ve|d)\b/i;

/** A short nominal phrase in marks inside running text: a term or scare quote, not something said. */
function isScareQuote(ctx: QuoteContext, d: Draft, maxWords: number): boolean {
  const body = ctx.text.slice(d.content.start, d.content.end);
  const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > maxWords || CLAUSE.test(body)) return false;
  const s = ctx.sentences[ctx.sentenceOf(ctx.tokenAt(d.content.start))];
  return !s || d.content.end - d.content.start < 0.6 * (s.end - s.start);
}

/** "READ MORE: …", "WATCH: …": rubric lines that link elsewhere, not article prose. */
function inRubric(ctx: QuoteContext, d: Draft): boolean {
  const p = ctx.paragraphs[ctx.paragraphOf(d.content.start)];
  return (
    !!p &&
    /^(?:READ|WATCH|RELATED|LISTEN|SEE|MORE|PHOTOS?|VIDEOS?|CLICK)\b[\p{Lu}\s]{0,20}:/u.test(
      ctx.text.slice(p.start, p.start + 40),
    )
  );
}

/** The earlier quote whose speaker an unattributed quote continues, or -1. */
function findSource(ctx: QuoteContext, d: Draft, out: readonly Draft[]): number {
  const para = ctx.paragraphOf(d.content.start);
  const paragraph = ctx.paragraphs[para];
  let last = -1;
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]?.speaker) {
      last = i;
      break;
    }
  }
  const prev = out[last];
  if (!prev || !paragraph) return -1;
  const prevPara = ctx.paragraphOf(prev.content.start);
  const sameSentence =
    ctx.sentenceOf(ctx.tokenAt(prev.content.start)) === ctx.sentenceOf(ctx.tokenAt(d.content.start));
  if (sameSentence || prevPara === para) return last;
  const share = (d.content.end - d.content.start) / Math.max(1, paragraph.end - paragraph.start);
  const floating = share >= 0.6 || ctx.tokens[ctx.tokenAt(paragraph.start)]?.kind === "quote";
  return floating && para - prevPara <= FLOATING_REACH ? last : -1;
}

/** The speaker phrase to report for a continued quote: the latest one that is a name, not "she". */
function namedSpeaker(ctx: QuoteContext, out: readonly Draft[], source: number): Draft["speaker"] {
  const own = out[source]?.speaker ?? null;
  if (own && !PRONOUNS.has(ctx.slice(own).toLowerCase())) return own;
  for (let i = source - 1; i >= 0 && i >= source - 6; i--) {
    const s = out[i]?.speaker;
    if (s && !PRONOUNS.has(ctx.slice(s).toLowerCase()) && /^\p{Lu}/u.test(ctx.slice(s))) return s;
  }
  return own;
}
