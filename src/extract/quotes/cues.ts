import type { QuoteContext } from "./context.ts";
import { DETERMINERS, PRONOUNS, SPEAKER_HEADS, VERB_PRELUDE } from "./lexicon.ts";
import { CUE_FORMS, NOUN_LIKE } from "./verbs.ts";

/** A reporting verb or phrase found in the text, as token indices (inclusive). */
export interface Cue {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
}

// Words after which a verb-looking form is a noun ("a report", "the statement's", "his claims").
const NOUN_BEFORE = new Set([...DETERMINERS, "’s", "'s", "any", "no", "every", "such", "new", "latest"]);

const INTENTION = new Set([
  "continue",
  "begin",
  "go",
  "promise",
  "vow",
  "pledge",
  "ask",
  "urge",
  "call",
  "agree",
  "propose",
  "plead",
  "beg",
  "demand",
  "signal",
  "post",
]);

/** Lemmas whose -ing form is usually a noun or adjective, not a reporting verb ("reporting", "warning"). */
const ING_NOUNS = new Set(["report", "warn", "post", "brief", "text", "blog", "call", "estimate", "find"]);

/**
 * The reporting cue starting at token `i`, if any: "according to", a two-word form ("pointed
 * out"), or a one-word form of a lexicon verb that is not being used as a noun.
 */
export function cueAt(ctx: QuoteContext, i: number): Cue | null {
  const w = ctx.lower(i);
  if (w === "according" && ctx.lower(i + 1) === "to") return { first: i, last: i + 1, lemma: "according to" };
  if (w === "quoted" && ctx.lower(i + 1) === "as" && ctx.lower(i + 2) === "saying") {
    // "Reyes was quoted as saying": the auxiliary belongs to the cue so the subject comes right before.
    const aux = /^(?:was|is|were|are|been)$/.test(ctx.lower(i - 1)) ? i - 1 : i;
    return { first: aux, last: i + 2, lemma: "say" };
  }
  const two = `${w} ${ctx.lower(i + 1)}`;
  const lemma2 = CUE_FORMS.get(two);
  if (lemma2) return { first: i, last: i + 1, lemma: lemma2 };
  const lemma = CUE_FORMS.get(w);
  if (!lemma) return null;
  // "225 people confirmed dead", "three reported missing": a state confirmed, not a report.
  if (
    /(?:ed|ported)$/.test(w) &&
    /^(?:dead|killed|missing|injured|wounded|alive|drowned|safe)$/.test(ctx.lower(i + 1))
  )
    return null;
  // Capitalised forms mid-sentence are names or titles ("Post", "Read"), not verbs.
  if (ctx.isCapital(i) && !isSentenceStart(ctx, i)) return null;
  if (NOUN_BEFORE.has(ctx.lower(i - 1))) return null;
  // All-capital words are rubrics ("READ MORE:", "WATCH:"); "to say" is not a report of saying.
  if (/^\p{Lu}{2,}$/u.test(ctx.word(i)) || ctx.lower(i - 1) === "to") return null;
  // "will continue to fight", "vowed to resign": a verb of intention, not a report.
  if (ctx.lower(i + 1) === "to" && INTENTION.has(lemma)) return null;
  if (
    NOUN_LIKE.has(lemma) &&
    !/(?:ed|ing|said|told|wrote|thought|read|went|began)$/.test(w) &&
    !verbSlot(ctx, i)
  )
    return null;
  if (w.endsWith("ing") && ING_NOUNS.has(lemma)) return null;
  // "was told to", "is said to be", "were asked": passive reports have no speaker in subject position.
  const prev = ctx.lower(i - 1);
  if (/^(?:is|was|were|are|been|be|being)$/.test(prev) && /(?:ed|said|told|written|thought)$/.test(w))
    return null;
  return { first: i, last: i, lemma };
}

/** Every cue whose first token lies in [from, to), left to right. */
export function cuesIn(ctx: QuoteContext, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const cue = cueAt(ctx, i);
    if (cue && cue.last < to) {
      out.push(cue);
      i = cue.last;
    }
  }
  return out;
}

/** Whether a noun-like form ("reports", "state") stands where a verb would: after a subject or an auxiliary. */
function verbSlot(ctx: QuoteContext, i: number): boolean {
  const prev = ctx.lower(i - 1);
  if (PRONOUNS.has(prev) || VERB_PRELUDE.has(prev) || /^(?:will|would|to|must|,)$/.test(prev)) return true;
  if (ctx.tokens[i - 1]?.kind === "quote" || (SPEAKER_HEADS.has(prev) && prev.endsWith("s"))) return true;
  return ctx.isCapital(i - 1) && !isSentenceStart(ctx, i - 1);
}

function isSentenceStart(ctx: QuoteContext, i: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf(i)];
  if (s?.tokenStart === i) return true;
  const prev = ctx.tokens[i - 1];
  return prev?.kind === "quote" || ctx.lower(i - 1) === ":";
}
