import type { QuoteContext } from "./context.ts";
import type { Cue } from "./cues.ts";
import { MEDIA, SPEAKER_HEADS } from "./lexicon.ts";
import { speakerAfter, type TokenRange } from "./speaker.ts";
import { TAKES_RECIPIENT } from "./verbs.ts";

const OBJECT_PRONOUNS = new Set([
  "him",
  "her",
  "them",
  "me",
  "us",
  "you",
  "reporters",
  "journalists",
  "lawmakers",
  "parliament",
  "congress",
]);
const TRAIL_OPENERS = new Set([
  "in",
  "on",
  "at",
  "to",
  "during",
  "via",
  "through",
  "with",
  "last",
  "earlier",
  "this",
  "recently",
  "later",
  "also",
  "again",
  "yesterday",
  "today",
  "tonight",
  "privately",
  "publicly",
  "separately",
  "then",
  "previously",
  "before",
  "after",
  "before",
  "over",
  "by",
  "from",
]);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** What follows a forward cue before the reported content: addressee, medium, time, and "that". */
export interface Trail {
  /** First token of the content. */
  readonly contentStart: number;
  /** The addressee as a token range ("the board", "reporters"), when the cue takes one. */
  readonly recipient: TokenRange | null;
  readonly sawThat: boolean;
}

const PLATFORM =
  /^(?:twitter|facebook|instagram|x|radio|television|tv|social|media|youtube|tiktok|telegram|linkedin|camera|court|parliament)$/;

const MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;

/** "Tuesday", "on Monday", "in July", "last week", "earlier this month", "yesterday": when it was said. */
function skipTime(ctx: QuoteContext, i: number): number {
  const w = ctx.lower(i);
  if (/^[’']s$/.test(ctx.lower(i + 1))) return i; // "Tuesday’s remarks" is the content
  if (WEEKDAY.test(w) || /^(?:yesterday|today|tonight|recently|earlier|later|previously)$/.test(w)) {
    if (/^(?:earlier|later)$/.test(w) && /^(?:this|last|that)$/.test(ctx.lower(i + 1))) return i + 3;
    return i + 1;
  }
  if ((w === "on" && WEEKDAY.test(ctx.lower(i + 1))) || (w === "in" && MONTH.test(ctx.lower(i + 1))))
    return i + 2;
  if (
    /^(?:last|this)$/.test(w) &&
    /^(?:week|month|year|weekend|spring|summer|fall|autumn|winter)$/.test(ctx.lower(i + 1))
  )
    return i + 2;
  return i;
}

/** "in his New Year’s speech", "in a statement to reporters", "on Twitter": where it was said, skipped. */
function skipMedium(ctx: QuoteContext, i: number, end = ctx.tokens.length): number {
  if (!/^(?:in|on|at|during|via|through|over)$/.test(ctx.lower(i))) return i;
  for (let j = i + 1; j < end && j < i + 8; j++) {
    const w = ctx.lower(j);
    if (/^[,;:.!?]$/.test(w) || w === "that") return i;
    if (!MEDIA.test(w) && !PLATFORM.test(w)) continue;
    let k = j + 1;
    if (/^(?:with|to)$/.test(ctx.lower(k))) {
      const who = speakerAfter(ctx, k, Math.min(end - 1, k + 6));
      if (who) k = who.last + 1;
    }
    return k;
  }
  return i;
}

/**
 * Skips from the token after a cue to the start of what was said: "told reporters on Tuesday
 * that …", "wrote the Council that …", "said in a statement that …", "said the …".
 */
export function skipTrail(ctx: QuoteContext, cue: Cue, end: number): Trail {
  const after = cue.last + 1;
  for (let i = after; i < end && i < after + 14; i++) {
    const w = ctx.lower(i);
    if (w === "that") {
      const between = i - after;
      const first = ctx.lower(after);
      const plausible =
        between === 0 ||
        TAKES_RECIPIENT.has(cue.lemma) ||
        TRAIL_OPENERS.has(first) ||
        WEEKDAY.test(first) ||
        OBJECT_PRONOUNS.has(first);
      if (!plausible) break;
      const recipient =
        TAKES_RECIPIENT.has(cue.lemma) && between > 0 && !TRAIL_OPENERS.has(first)
          ? { first: after, last: i - 1 }
          : null;
      return { contentStart: i + 1, recipient, sawThat: true };
    }
    if (/^[,;:.!?"“”]$/.test(w) || ctx.tokens[i]?.kind === "quote") break;
  }
  if (TAKES_RECIPIENT.has(cue.lemma)) {
    const w = ctx.lower(after);
    if (OBJECT_PRONOUNS.has(w) || SPEAKER_HEADS.has(w))
      return { contentStart: after + 1, recipient: { first: after, last: after }, sawThat: false };
    const name = speakerAfter(ctx, cue.last, Math.min(end - 1, after + 6));
    if (name && ctx.isCapital(name.last))
      return { contentStart: name.last + 1, recipient: name, sawThat: false };
  }
  const i = skipTime(ctx, skipMedium(ctx, skipTime(ctx, after)));
  return { contentStart: i, recipient: null, sawThat: false };
}
