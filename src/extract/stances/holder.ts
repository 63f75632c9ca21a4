import type { HolderCandidate } from "./candidates.ts";
import { type CueMatch, clauseStart } from "./cues.ts";
import { nounSubject } from "./noun-subject.ts";
import type { Range } from "./parse.ts";
import { type HolderRef, isSpeechVerb, ref, type Speech, subjectOf } from "./speech.ts";
import { sentenceRange, type TokenView, tokenAt } from "./view.ts";

/** How a holder was found: recorded on the stance so weak attributions can be told apart. */
export type HolderVia = "quote" | "speech" | "subject" | "possessor" | "echo";

/** Everything the holder rules read. */
export interface HolderContext {
  readonly view: TokenView;
  readonly cands: readonly HolderCandidate[];
  readonly speech: readonly Speech[];
}

/** The speech stretch (quote) holding token `i`, innermost first. */
export function speechAt(ctx: HolderContext, i: number): Speech | null {
  const t = ctx.view.tokens[i];
  if (!t) return null;
  const inside = ctx.speech.filter((s) => s.start <= t.start && t.end <= s.end);
  return inside.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
}

/**
 * The holder of a cue's stance.
 * - Cues that state the speaker's own view (modals, "it is not time to", "could be considered",
 *   "the best option is", verb cues under a modal): the speaker of the quote or reported clause.
 * - Request nouns with a possessor ("the council’s request"): the possessor.
 * - Verb and adjective cues: the subject before the cue within its clause; a first-person or missing
 *   subject inside a quote is the speaker.
 * Pronoun holders ("he", "she") without an entity are resolved to the last speaker before them.
 */
export function findHolder(ctx: HolderContext, m: CueMatch): { holder: HolderRef | null; via: HolderVia } {
  const { view, cands } = ctx;
  const at = m.cue[0];
  const [from] = sentenceRange(view, at);
  const quote = speechAt(ctx, at);
  if (m.possessor && m.kind !== "echo") return { holder: possessorRef(ctx, m.possessor), via: "possessor" };
  const speakerView =
    m.kind === "modal" || m.kind === "time" || m.kind === "consider" || m.kind === "option" || m.underModal;
  if (speakerView) {
    if (quote) return { holder: resolve(ctx, quote.speaker, at), via: "quote" };
    return { holder: resolve(ctx, reportingSpeaker(ctx, at, from), at), via: "speech" };
  }
  const floor = view.tokens[clauseStart(view, at, from)]?.start ?? 0;
  const quoteFloor = quote ? Math.max(floor, quote.start) : floor;
  const clauseFrom = clauseStart(view, at, from);
  const noun = nounSubject(view, at, quote ? Math.max(clauseFrom, tokenAt(view, quote.start)) : clauseFrom);
  const named =
    noun?.span && cands.some((c) => noun.span && c.start < noun.span.end && noun.span.start < c.end);
  const subject =
    (named ? null : noun) ??
    subjectOf(view, cands, at, quoteFloor) ??
    (quote ? null : subjectOf(view, cands, at, view.tokens[from]?.start ?? 0));
  // "X said they opposed …": a third-person pronoun opening a reported clause is its speaker, whatever
  // the document's coreference made of it.
  const surface = subject?.span ? view.text.slice(subject.span.start, subject.span.end) : "";
  const reportedPronoun =
    /^(?:he|she|they)$/i.test(surface) && quote?.speaker && quote.start === subject?.span?.start;
  if (quote && (!subject || /^(?:i|we)$/i.test(subject.name) || reportedPronoun))
    return { holder: resolve(ctx, quote.speaker, at), via: "quote" };
  return { holder: resolve(ctx, subject, at), via: "subject" };
}

/** The subject of the nearest reporting verb before token `at` in its sentence ("X wrote … that"). */
function reportingSpeaker(ctx: HolderContext, at: number, from: number): HolderRef | null {
  for (let v = at - 1; v >= from; v--) {
    if (isSpeechVerb(ctx.view, v))
      return subjectOf(ctx.view, ctx.cands, v, ctx.view.tokens[from]?.start ?? 0);
  }
  return null;
}

/** A possessor phrase as a holder: the candidate covering its last word, else its own words. */
export function possessorRef(ctx: HolderContext, r: Range): HolderRef {
  const a = ctx.view.tokens[r[0]];
  const b = ctx.view.tokens[r[1] - 1];
  const span = { start: a?.start ?? 0, end: b?.end ?? 0 };
  const c = ctx.cands.find((x) => x.start <= (b?.start ?? 0) && (b?.end ?? 0) <= x.end && !x.pronoun);
  if (c && c.start >= span.start) return ref(c);
  return {
    entity: c?.entity && c.start >= span.start ? c.entity : null,
    name: ctx.view.text.slice(span.start, span.end),
    span,
  };
}

/** Resolves an unlinked pronoun holder to the speaker of the last quote or reported clause before it. */
function resolve(ctx: HolderContext, h: HolderRef | null, at: number): HolderRef | null {
  if (!h || h.entity || !/^(?:he|she|they|him|her|his)$/i.test(h.name)) return h;
  const limit = h.span?.start ?? ctx.view.tokens[at]?.start ?? 0;
  const earlier = ctx.speech.filter(
    (s) => s.end <= limit && s.speaker && !/^(?:he|she|they)$/i.test(s.speaker.name),
  );
  const last = earlier[earlier.length - 1]?.speaker;
  return last ? { ...last, span: h.span } : h;
}
