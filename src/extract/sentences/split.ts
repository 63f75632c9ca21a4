import type { Paragraph, Sentence, Token } from "../../model/layers.ts";
import { abbrevMayEndSentence } from "../tokens/tokenize.ts";

const TERMINATORS = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
/** Words that go with a clock time written before them: time zones, "Eastern", weekdays. */
const CLOCK_FOLLOWERS =
  /^(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|Eastern|Central|Mountain|Pacific|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;
const CLOSERS = new Set(["”", "’", '"', "'", "»", "›", ")", "]"]);

/**
 * Splits each paragraph into sentences. A sentence ends at a terminator (with any closing quotes
 * and brackets that follow it) when the next token can open a sentence; abbreviations end one only
 * when they may ("Inc.", "U.S.") and a capital follows. A dateline stays with the sentence after it.
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const block of mergeDatelines(paragraphs)) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= block.start) t++;
    let first = t;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < block.end) {
      const end = sentenceEndAt(text, tokens, t, block.end);
      if (end !== null) {
        pushSentence(sentences, tokens, first, end + 1);
        t = end + 1;
        first = t;
      } else t++;
    }
    if (t > first) pushSentence(sentences, tokens, first, t);
  }
  return sentences;
}

function pushSentence(out: Sentence[], tokens: readonly Token[], from: number, to: number): void {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (a && b) out.push({ start: a.start, end: b.end, tokenStart: from, tokenEnd: to });
}

/** If token `i` ends a sentence, the index of the last token of that sentence (after closers). */
function sentenceEndAt(text: string, tokens: readonly Token[], i: number, blockEnd: number): number | null {
  const tok = tokens[i];
  if (!tok) return null;
  const form = text.slice(tok.start, tok.end);
  const isTerminator = TERMINATORS.has(form) || (tok.kind === "punct" && /^[.!?…]+$/.test(form));
  const isAbbrev = tok.abbrev === true && abbrevMayEndSentence(form);
  if (!isTerminator && !isAbbrev) return null;
  let last = i;
  // Take closing quotes and brackets written right after the terminator.
  while (true) {
    const next = tokens[last + 1];
    if (!next || next.start !== tokens[last]?.end || next.start >= blockEnd) break;
    if (!CLOSERS.has(text.slice(next.start, next.end))) break;
    last++;
  }
  const next = tokens[last + 1];
  if (!next || next.start >= blockEnd) return last;
  if (next.start === tokens[last]?.end) return null; // "3.5", "end.Start": no space, no break
  const head = text.slice(next.start, next.end);
  const opensSentence = /^[\p{Lu}\p{N}“‘"'«([¿¡]/u.test(head);
  if (!opensSentence) return null;
  if (isAbbrev && !isTerminator && !/^[\p{Lu}“"]/u.test(head)) return null;
  // "at 5 p.m. ET on Friday", "at 9 p.m. Eastern", "7:10 a.m. Tuesday": a time zone or a day goes with the time.
  if (isAbbrev && /^[ap]\.m\.$/i.test(form) && CLOCK_FOLLOWERS.test(head)) return null;
  // "the U.S. Geological Survey", "the U.N. Security Council", "U.S. Secretary of State": a country's or
  // body's initials before a name of two words or more are its modifier, not a sentence's end.
  if (isAbbrev && !isTerminator && /^(?:\p{Lu}\.){2}$/u.test(form) && /^\p{Lu}\p{Ll}/u.test(head)) {
    const after = tokens[last + 2];
    const word = after ? text.slice(after.start, after.end) : "";
    if (/^(?:\p{Lu}[\p{L}-]*|of|for)$/u.test(word) && !SENTENCE_OPENERS.has(head)) return null;
  }
  return last;
}

/** Capitalised words that usually open a sentence rather than continue a name. */
const SENTENCE_OPENERS = new Set(
  "The A An He She It They We I In On At But And As After Before When While If This That These Those There".split(
    " ",
  ),
);

/** A dateline paragraph belongs to the sentence that follows it. */
function mergeDatelines(paragraphs: readonly Paragraph[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    const next = paragraphs[i + 1];
    if (p.role === "dateline" && next) {
      out.push({ start: p.start, end: next.end });
      i++;
    } else out.push({ start: p.start, end: p.end });
  }
  return out;
}
