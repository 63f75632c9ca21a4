import { overlaps, type Span } from "../../model/span.ts";
import { backward, contentEnd, type Partial, span } from "./backward.ts";
import { afterDateline, clauseSubject, lastName, NO_SPEAKER, speakerFor, subjectPhrase } from "./clause.ts";
import type { QuoteContext } from "./context.ts";
import { type Cue, cuesIn } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { speakerBefore } from "./speaker.ts";
import { skipTrail } from "./trail.ts";
import { introducesIndirect } from "./verbs.ts";

// Content never starts with a preposition or conjunction; "said when/while …" is usually an adjunct.
const BAD_START =
  /^(?:to|by|for|of|about|on|in|at|with|from|as|and|or|but|after|’s|'s|before|during|since|then|later|,|;|:|\.|-|—|–)$/;

/**
 * Reported speech in each body sentence: "Reyes said (that) …", "Reyes told reporters …",
 * "…, officials said.", "…, said Reyes.", "According to the agency, …" and "…, according to X."
 * The content is the reported clause alone: no "that", no final period.
 */
export function findIndirect(ctx: QuoteContext, insideQuote: (offset: number) => boolean): Draft[] {
  const out: Draft[] = [];
  const asideParas = ctx.paragraphs.filter((p) => p.role === "credit");
  ctx.sentences.forEach((s) => {
    if (asideParas.some((p) => p.start <= s.start && s.start < p.end)) return;
    const b = s.tokenEnd;
    // A dateline ("MAPUTO, March 14 (Reuters) - ") is not part of what was reported.
    let a = afterDateline(ctx, s.tokenStart, b);
    // Nor is a list item's bullet.
    while (a < b && /^[•▪◦●○■□➢►*–—-]$/u.test(ctx.word(a))) a++;
    const cues = cuesIn(ctx, a, b).filter((c) => !insideQuote(ctx.tokens[c.first]?.start ?? 0));
    const frame = { first: a, last: b - 1 };
    const found = forward(ctx, cues, a, b);
    for (const cue of cues) {
      if (found.some((d) => d.cue === cue || within(ctx, cue, d.content))) continue;
      for (const d of backward(ctx, cue, a, b))
        if (!found.some((f) => overlaps(f.content, d.content))) found.push(d);
    }
    for (const d of found) out.push({ ...d, direct: false, frame, via: "cue" });
  });
  return out;
}

/**
 * Forward reports in a sentence. Coordinated reports ("He said …, and added …") give one quote
 * each; a cue inside the content of an earlier one belongs to that content.
 */
function forward(ctx: QuoteContext, cues: readonly Cue[], a: number, b: number): Partial[] {
  const out: Partial[] = [];
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    if (!cue) continue;
    const prev = out[out.length - 1];
    if (
      prev &&
      ctx.tokens[cue.first]?.start !== undefined &&
      (ctx.tokens[cue.first]?.start ?? 0) < prev.content.end
    )
      continue;
    if (cue.lemma === "according to") {
      // "According to the agency, more than …": the source runs to the first comma.
      const comma = findComma(ctx, cue.last + 1, b);
      if (comma < 0 || cue.first > a + 2) continue;
      const end = cutAtNewReport(ctx, cues, comma + 1, contentEnd(ctx, comma + 1, b));
      if (end - comma < 3) continue;
      out.push({
        content: span(ctx, comma + 1, end),
        cue,
        speaker: speakerFor(ctx, cue, a, comma - 1),
        recipient: null,
      });
      continue;
    }
    const coordinated = prev && ctx.lower(cue.first - 1) === "and" ? prev.speaker : null;
    // "did not say whether …", "never said …": nothing was reported.
    if (/^(?:n[’']t|not|never)$/.test(ctx.lower(cue.first - 1))) continue;
    const trail = skipTrail(ctx, cue, b);
    let speaker = coordinated ?? speakerFor(ctx, cue, a, b - 1);
    // "A release sent from the union late Friday said that …": "that" makes it a report even
    // when the subject is too long to parse; take the clause subject if there is one.
    const plainSay = /^(?:say|tell|write|report)$/.test(cue.lemma) && !ctx.lower(cue.first).endsWith("ing");
    if (
      !speaker &&
      (trail.sawThat || plainSay) &&
      cue.first > a &&
      !/^[,;:]$/.test(ctx.lower(cue.first - 1))
    ) {
      speaker =
        clauseSubject(ctx, a, cue.first) ?? subjectPhrase(ctx, a, cue.first) ?? lastName(ctx, a, cue.first);
      if (!speaker && ctx.lower(cue.first - 1) !== "to") speaker = NO_SPEAKER;
    }
    if (!speaker || speaker.first > cue.first) continue;
    if (speaker === NO_SPEAKER) speaker = null;
    // "… and added she …" continues a report, so "added" needs no "that" there.
    if (!trail.sawThat && !introducesIndirect(cue.lemma) && !(coordinated && cue.lemma === "add")) continue;
    const start = trail.contentStart;
    // "said while sitting …", "said when asked …" are adjuncts of the saying, not what was said.
    if (/^(?:when|while)$/.test(ctx.lower(start)) && /^(?:asked|.{3,}ing)$/.test(ctx.lower(start + 1)))
      continue;
    // "said about 40 …", "said at least 31 people …": a count opens the content, not a prepositional phrase.
    const aboutNumber =
      /^(?:about|at|over|around|up|under)$/.test(ctx.lower(start)) &&
      (ctx.tokens[start + 1]?.kind === "number" ||
        (/^(?:least|most|to)$/.test(ctx.lower(start + 1)) && ctx.tokens[start + 2]?.kind === "number"));
    const badStart =
      BAD_START.test(ctx.lower(start)) && !aboutNumber && !(trail.sawThat && /^\p{L}/u.test(ctx.word(start)));
    if (start >= b || badStart || ctx.tokens[start]?.kind === "quote") continue;
    let end = cutAtNewReport(ctx, cues, start, contentEnd(ctx, start, b));
    // "… is overdue, and added he …": the next coordinated report ends this one.
    const next = cues.find((c) => c.first > start && c.first <= end && ctx.lower(c.first - 1) === "and");
    if (next) {
      end = next.first - 2;
      while (end > start && /^[,;]$/.test(ctx.lower(end))) end--;
    }
    if (end - start < 2) continue;
    out.push({ content: span(ctx, start, end), cue, speaker, recipient: trail.recipient });
  }
  return out;
}

/** "…, but Reyes says …" / "… and the agency said …": a new speaker's report ends the content before it. */
function cutAtNewReport(ctx: QuoteContext, cues: readonly Cue[], start: number, end: number): number {
  for (const c of cues) {
    if (c.first <= start + 1 || c.first > end || c.lemma === "according to") continue;
    const who = speakerBefore(ctx, c.first, start + 1);
    if (!who || !/^(?:but|and|while|whereas|;)$/.test(ctx.lower(who.first - 1))) continue;
    let e = who.first - 2;
    while (e > start && /^[,;]$/.test(ctx.lower(e))) e--;
    return e;
  }
  return end;
}

function within(ctx: QuoteContext, cue: Cue, content: Span): boolean {
  const at = ctx.tokens[cue.first]?.start ?? 0;
  return content.start <= at && at < content.end;
}

function findComma(ctx: QuoteContext, from: number, b: number): number {
  for (let i = from; i < b && i < from + 25; i++) if (ctx.lower(i) === ",") return i;
  return -1;
}
