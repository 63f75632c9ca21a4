import type { QuoteContext } from "./context.ts";
import { type Cue, cueAt } from "./cues.ts";
import { MEDIA, VERB_PRELUDE } from "./lexicon.ts";
import { nameAfter, nameEndingAt } from "./names.ts";
import { phraseEndingAt, speakerAfter, speakerBefore, type TokenRange } from "./speaker.ts";

// Words that open a sentence-initial adverbial phrase ending in a comma ("On May 2, …", "Asked why, …").
const ADVERBIAL_OPENERS =
  /^(?:on|in|at|after|before|during|since|earlier|last|this|when|while|as|despite|following|amid|with|without|under|for|from|by|over|yesterday|today|meanwhile|however|but|and|also|still|instead|asked|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The subject of the clause a participial cue hangs on ("Ana Reyes wrote to the board, explaining
 * that …"): the first noun phrase of the sentence after any opening adverbial ("On May 2, …").
 */
export function clauseSubject(ctx: QuoteContext, from: number, cue: number): TokenRange | null {
  from = afterDateline(ctx, from, cue);
  let start = from;
  const opensWithAdverbial = ADVERBIAL_OPENERS.test(ctx.lower(from)) || /(?:ing|ed)$/.test(ctx.lower(from));
  for (let i = from; opensWithAdverbial && i < cue && i < from + 14; i++) {
    if (ctx.lower(i) === ",") {
      start = i + 1;
      break;
    }
  }
  if (ctx.tokens[start]?.kind === "quote") return null;
  // The phrase ends before the first lower-case verb-like word after it starts.
  for (let k = start; k < cue; k++) {
    const next = ctx.word(k + 1);
    const endsPhrase =
      k + 1 >= cue || /^[,;:]$/.test(next) || (/^\p{Ll}/u.test(next) && !/^(?:of|for|de|al|the)$/.test(next));
    if (!endsPhrase) continue;
    const phrase = phraseEndingAt(ctx, k, start);
    if (phrase) return withNameAfter(ctx, phrase, cue);
    // "Sudan’s army chief Ana Reyes rejected …": a possessive's lower-case nouns lead on to the name.
    const possessive = /^['’]s$/.test(ctx.word(k)) || /^\p{Ll}+$/u.test(ctx.word(k));
    if (!possessive || !/^\p{Ll}+$/u.test(next) || /(?:ed|ly)$/.test(next) || k > start + 8) return null;
  }
  return null;
}

/**
 * "PORT SUDAN, Sudan (Reuters) - Sudan's army chief …": the sentence's subject starts after a dateline,
 * a dash within the first dozen tokens that follows a bracketed agency or a word in capitals.
 */
export function afterDateline(ctx: QuoteContext, from: number, cue: number): number {
  for (let i = from + 1; i < cue && i < from + 12; i++) {
    if (!/^[-–—]$/.test(ctx.word(i))) continue;
    const lead = ctx.tokens.slice(from, i).map((_, n) => ctx.word(from + n));
    if (lead.includes(")") || lead.some((w) => /^\p{Lu}{3,}$/u.test(w))) return i + 1;
    return from;
  }
  return from;
}

/** "Sudan’s army chief Ana Reyes": a role phrase followed by lower-case title words and a name takes it in. */
function withNameAfter(ctx: QuoteContext, phrase: TokenRange, cue: number): TokenRange {
  let j = phrase.last + 1;
  while (j < cue && j <= phrase.last + 3 && /^\p{Ll}+$/u.test(ctx.word(j)) && !/(?:ed|ly)$/.test(ctx.word(j)))
    j++;
  if (j === phrase.last + 1 || !ctx.isCapital(j)) return phrase;
  const name = nameAfter(ctx, j, cue - 1);
  return name ? { first: phrase.first, last: name.last } : phrase;
}

/** The name a "who" before the cue refers to: the one before its comma, past an appositive between commas. */
function relativeAntecedent(ctx: QuoteContext, cue: number, min: number): TokenRange | null {
  let k = cue - 1;
  while (k > min && VERB_PRELUDE.has(ctx.lower(k))) k--;
  if (ctx.lower(k) !== "who" || ctx.lower(k - 1) !== ",") return null;
  const direct = nameEndingAt(ctx, k - 2, min);
  if (direct && ctx.isCapital(direct.last)) return direct;
  for (let j = k - 2; j > min && j > k - 12; j--) {
    if (ctx.lower(j) !== ",") continue;
    const name = nameEndingAt(ctx, j - 1, min);
    return name && ctx.isCapital(name.last) ? name : null;
  }
  return null;
}

function sentenceStart(ctx: QuoteContext, i: number): number {
  return ctx.sentences[ctx.sentenceOf(i)]?.tokenStart ?? 0;
}

/** The speaker of a cue seen from inside [min, max]: before it, after it, or the clause subject. */
export function speakerFor(ctx: QuoteContext, cue: Cue, min: number, max: number): TokenRange | null {
  if (cue.lemma === "according to") {
    // "according to the letter …": a medium, not a speaker (the chain records it); "the U.S. Geological
    // Survey" is a body's name.
    const who = speakerAfter(ctx, cue.last, max);
    if (!who || !MEDIA.test(ctx.lower(who.last)) || ctx.isCapital(who.last)) return who;
    // "according to a statement from the WFP": the body the medium comes from says it.
    const from = /^(?:from|by|of)$/.test(ctx.lower(who.last + 1))
      ? speakerAfter(ctx, who.last + 1, max)
      : null;
    return from && ctx.isCapital(from.last) ? from : null;
  }
  const participial = ctx.lower(cue.first).endsWith("ing") && /^[,;—–]$/.test(ctx.lower(cue.first - 1));
  // "… and said …", "…, explaining that …": the subject is the one of the main clause.
  if (participial) {
    // "…, Reyes said, adding that …": the speaker of the cue just before.
    for (let i = cue.first - 2; i >= min && i > cue.first - 8; i--) {
      const earlier = cueAt(ctx, i);
      if (!earlier || earlier.lemma === "according to") continue;
      const who = speakerBefore(ctx, earlier.first, min) ?? speakerAfter(ctx, earlier.last, cue.first - 2);
      if (who) return who;
    }
  }
  if (participial || ctx.lower(cue.first - 1) === "and")
    return clauseSubject(ctx, sentenceStart(ctx, cue.first), cue.first);
  const before = speakerBefore(ctx, cue.first, min);
  if (before) return before;
  // "…, said Ana Reyes, the agency's chief, who called the war …": "who" stands for the name before it.
  const relative = relativeAntecedent(ctx, cue.first, min);
  if (relative) return relative;
  // Inverted order only right after a quotation, a comma or the start: "…,” said Reyes.
  const prev = ctx.tokens[cue.first - 1];
  const inverted = cue.first === min || prev?.kind === "quote" || /^[,:;—–]$/.test(ctx.lower(cue.first - 1));
  return inverted ? speakerAfter(ctx, cue.last, max) : null;
}

/** Marks a report whose subject could not be parsed: kept, with no speaker. */
export const NO_SPEAKER = { first: -1, last: -1 };

/** The whole subject before a cue when it is short: "sources familiar with the talks", "employees of the firm". */
export function subjectPhrase(ctx: QuoteContext, from: number, cue: number): TokenRange | null {
  let first = from;
  for (let i = from; i < cue; i++) if (/^[,;:—–]$/.test(ctx.lower(i))) first = i + 1;
  let last = cue - 1;
  while (last >= first && VERB_PRELUDE.has(ctx.lower(last))) last--;
  if (last < first || last - first > 10 || ctx.tokens[first]?.kind === "quote") return null;
  return /^[\p{L}\p{N}]/u.test(ctx.word(first)) ? { first, last } : null;
}

/** The last capitalised name in [from, to): "A release from the Dock Workers Union late Friday said". */
export function lastName(ctx: QuoteContext, from: number, to: number): TokenRange | null {
  for (let i = to - 1; i > from; i--) if (ctx.isCapital(i)) return nameEndingAt(ctx, i, from + 1);
  return null;
}
