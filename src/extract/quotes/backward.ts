import type { Span } from "../../model/span.ts";
import { speakerFor } from "./clause.ts";
import type { QuoteContext } from "./context.ts";
import { type Cue, cueAt } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { speakerBefore } from "./speaker.ts";

const CLOSING = /^[.!?…;:"”’'»)\]]+$/;

/** A reported quote before it is placed in the document's frame. */
export type Partial = Pick<Draft, "content" | "cue" | "speaker" | "recipient">;

/** The last token of a content that runs to `b`, before closing punctuation. */
export function contentEnd(ctx: QuoteContext, from: number, b: number): number {
  let e = b - 1;
  while (e >= from && CLOSING.test(ctx.lower(e)) && ctx.tokens[e]?.kind !== "word") e--;
  return e;
}

/** The span of an inclusive token range. */
export function span(ctx: QuoteContext, first: number, last: number): Span {
  return ctx.span(first, last);
}

/**
 * Reports whose cue follows the content: "…, officials said on Tuesday.", "…, said Ana Reyes.",
 * "…, according to the agency." A parenthetical cue ("The drugs help, he says, but only briefly")
 * reports both sides of it.
 */
export function backward(ctx: QuoteContext, cue: Cue, a: number, b: number): Partial[] {
  let comma = cue.first - 1;
  while (comma > a && comma > cue.first - 20 && !/^[,—–]$/.test(ctx.lower(comma))) comma--;
  if (comma <= a + 1 || !/^[,—–]$/.test(ctx.lower(comma))) return [];
  if (ctx.tokens[a]?.kind === "quote" || /^(?:asked|when|if|as)$/.test(ctx.lower(a))) return [];
  let speaker = null;
  if (cue.lemma === "according to" || cue.first === comma + 1)
    speaker = speakerFor(ctx, cue, cue.first, b - 1);
  else {
    speaker = speakerBefore(ctx, cue.first, comma + 1);
    // The speaker fills the attribution: "…, officials said", "…, the World Food Programme said", "…,
    // regional governor Oleh Syniehubov said" (lower-case title words before the name).
    const opens = comma + (ctx.lower(comma + 1) === "the" ? 2 : 1);
    let titled = opens;
    while (
      titled < (speaker?.first ?? 0) &&
      titled < opens + 2 &&
      /^\p{Ll}[\p{L}-]*$/u.test(ctx.word(titled)) &&
      !/^(?:and|but|or|so|then|as|while|when|which|who|where|because|if|that|also|now|still)$/.test(
        ctx.lower(titled),
      )
    )
      titled++;
    // "…, witnesses and a local resistance group said": two sources joined by "and" speak together.
    const joined = speaker && ctx.lower(speaker.first - 1) === "and" && speaker.first - 1 - (comma + 1) <= 3;
    if (joined && speaker && speaker.first - 2 > comma) speaker = { first: comma + 1, last: speaker.last };
    const fills =
      speaker && (speaker.first === comma + 1 || speaker.first === opens || speaker.first === titled);
    if (!speaker || !fills) return [];
  }
  if (!speaker && cue.lemma !== "according to") return [];
  // The attribution clause runs to the next comma or the end: "on Tuesday", "in a statement".
  const tailStart = Math.max(cue.last, speaker?.last ?? cue.last) + 1;
  let tailEnd = tailStart;
  while (tailEnd < b && ctx.lower(tailEnd) !== "," && ctx.lower(tailEnd) !== ";") {
    if (ctx.tokens[tailEnd]?.kind === "quote" || ctx.lower(tailEnd) === ":") return [];
    tailEnd++;
  }
  if (contentEnd(ctx, tailStart, tailEnd) - tailStart > 7 && cue.lemma !== "according to") return [];
  const out: Partial[] = [];
  if (comma - 1 - a >= 2) out.push({ content: span(ctx, a, comma - 1), cue, speaker, recipient: null });
  const rest = tailEnd + 1;
  const end = contentEnd(ctx, rest, b);
  // "…, he says, and are mostly …" continues the report; "…, raising fears …" does not.
  // An appositive of the speaker ("…, said Ana Reyes, a nurse who …") is not more content.
  // "…, according to the UN, though other estimates …" turns to another source; "…, she says, but only
  // for a week" goes on with hers.
  const contrast =
    cue.lemma === "according to" && /^(?:though|although|but|while|whereas|yet)$/.test(ctx.lower(rest));
  const continues =
    /^\p{Ll}/u.test(ctx.word(rest)) &&
    !contrast &&
    !/^(?:a|an|the|who|which|whose|where|.{3,}ing)$/.test(ctx.lower(rest));
  if (tailEnd < b && end - rest >= 3 && continues && !cueAt(ctx, rest)) {
    out.push({ content: span(ctx, rest, end), cue, speaker, recipient: null });
  }
  return out;
}
