import type { Span } from "../../model/span.ts";
import type { QuoteContext } from "./context.ts";
import type { Draft } from "./draft.ts";
import { DETERMINERS, HEDGES, MEDIA, OUTLET_HEADS } from "./lexicon.ts";
import { speakerAfter, type TokenRange } from "./speaker.ts";
import { TAKES_RECIPIENT } from "./verbs.ts";

/** A chain link before entity linking. */
export interface RawLink {
  readonly role: "speaker" | "medium" | "recipient" | "intermediary";
  readonly span: Span;
}

// "obtained by X", "seen by X", "first reported by X", "reporting from X at Y", "via X".
const PASSING =
  /^(?:obtained|seen|reviewed|leaked|provided|shared|published|cited|quoted|reported|released|first|aired|broadcast)$/;
const PASSING_PREP = /^(?:by|to|with|from|in)$/;

/**
 * The chain of reporting for a quote, read from its attribution frame (the sentence without the
 * quoted content): speaker → medium ("his report", "a letter") → recipient ("to the Council",
 * "told reporters") → intermediaries ("obtained by X", "according to reporting from A at B",
 * "the Times reported"). Also says whether the attribution is hedged ("reportedly", "seems").
 */
export function buildChain(ctx: QuoteContext, d: Draft): { links: RawLink[]; hedged: boolean } {
  const links: RawLink[] = [];
  const outside = (i: number): boolean => {
    const t = ctx.tokens[i];
    return !!t && (t.end <= d.content.start || t.start >= d.content.end);
  };
  const add = (role: RawLink["role"], r: TokenRange | null): void => {
    if (!r) return;
    const s = ctx.span(r.first, r.last);
    if (!links.some((l) => l.role === role && l.span.start === s.start)) links.push({ role, span: s });
  };
  if (d.speaker) add("speaker", d.speaker);
  let hedged = false;
  const recipients: TokenRange[] = d.recipient ? [d.recipient] : [];
  // "told the Gazette", "assured reporters": the cue's object is the addressee.
  if (
    !d.recipient &&
    d.cue &&
    TAKES_RECIPIENT.has(d.cue.lemma) &&
    d.speaker &&
    d.speaker.last < d.cue.first
  ) {
    const object = speakerAfter(ctx, d.cue.last, d.frame.last);
    if (object && outside(object.first)) recipients.push(object);
  }
  const intermediaries: TokenRange[] = [];
  for (let i = d.frame.first; i <= d.frame.last; i++) {
    if (!outside(i)) continue;
    const w = ctx.lower(i);
    if (HEDGES.test(w)) hedged = true;
    if (MEDIA.test(w) && !ctx.isCapital(i)) {
      const next = ctx.lower(i + 1);
      if (next === "from" || next === "by") {
        // "reporting from A at B": the report is the intermediary's, not the speaker's medium.
        const who = speakerAfter(ctx, i + 1, d.frame.last);
        // "a statement from the WFP" when the WFP is the speaker: the statement is its medium.
        if (who && d.speaker?.first === who.first) add("medium", mediumPhrase(ctx, i, d.frame.first));
        else if (who) intermediaries.push(who, ...atOrg(ctx, who, d.frame.last));
        continue;
      }
      add("medium", mediumPhrase(ctx, i, d.frame.first));
      if (next === "to") recipients.push(...nonNull(speakerAfter(ctx, i + 1, d.frame.last)));
    }
    if (PASSING.test(w) && PASSING_PREP.test(ctx.lower(i + 1)) && i + 1 <= d.frame.last) {
      const who = speakerAfter(ctx, i + 1, d.frame.last);
      if (who && ctx.isCapital(who.last)) intermediaries.push(who, ...atOrg(ctx, who, d.frame.last));
    }
    if (w === "via" && outside(i + 1)) intermediaries.push(...nonNull(speakerAfter(ctx, i, d.frame.last)));
  }
  // A news outlet that "reported" passes the statement on, whether or not it is also the speaker.
  if (d.cue && /^report/.test(ctx.lower(d.cue.first)) && d.speaker) {
    const s = ctx.slice(d.speaker);
    if (OUTLET_HEADS.test(s)) intermediaries.push(d.speaker);
  }
  for (const r of recipients) add("recipient", r);
  for (const r of intermediaries) add("intermediary", r);
  if (!d.direct && hedgeInContent(ctx, d)) hedged = true;
  return { links, hedged };
}

/** The medium's noun phrase ending at token `i`: "his report", "a joint statement". */
function mediumPhrase(ctx: QuoteContext, i: number, floor: number): TokenRange {
  let first = i;
  while (
    first - 1 >= floor &&
    first > i - 3 &&
    /^[\p{Ll}’'-]+$/u.test(ctx.lower(first - 1)) &&
    !/^(?:in|to|on|via|through|by|from|according|of)$/.test(ctx.lower(first - 1))
  ) {
    first--;
    if (DETERMINERS.has(ctx.lower(first))) break;
  }
  return { first, last: i };
}

/** "A at B", "A of B": the organisation an intermediary works for is one more link. */
function atOrg(ctx: QuoteContext, who: TokenRange, max: number): TokenRange[] {
  const w = ctx.lower(who.last + 1);
  if (w !== "at" && w !== "of" && w !== "for") return [];
  const org = speakerAfter(ctx, who.last + 1, max);
  return org && ctx.isCapital(org.last) ? [org] : [];
}

function nonNull<T>(x: T | null): T[] {
  return x ? [x] : [];
}

/** Reported speech whose own clause hedges ("Reyes appears willing to …"). */
function hedgeInContent(ctx: QuoteContext, d: Draft): boolean {
  const first = ctx.tokenAt(d.content.start);
  for (let i = first; i < first + 6 && i < ctx.tokens.length; i++) if (HEDGES.test(ctx.lower(i))) return true;
  return false;
}
