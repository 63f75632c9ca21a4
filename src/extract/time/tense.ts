import type { Tense } from "./semantics.ts";

/** A rough tense: enough to place "June" or "Sunday" before or after the publication date. */

const FUTURE =
  /\b(?:will|won['’]t|shall|going\s+to|plans?\s+to|planned\s+for|is\s+to|are\s+to|expected\s+to|scheduled\s+(?:to|for)|set\s+to|due\s+to\s+\w+|would\s+begin|upcoming|next)\b|['’]ll\b/i;
const PAST =
  /\b(?:was|were|had|did|said|told|ago|last|since|took|began|came|went|saw|made|met|left|fell|held|killed|ran|fought|won|lost|fled|led|struck|sent|spent|kept|gave|got|found|brought|built|became|rose|grew|drew|threw|knew|spoke|broke|chose|wrote|drove|stood|sat|paid|sold|heard|caught|felt|swept|sought|overran|withdrew|forbade|bore|shot|[a-z]{2,}ed)\b/;
const PRESENT =
  /\b(?:is|are|am|has|have|does|remains?|goes|takes|comes|begins|starts|opens|ends|runs|expects?|plans?|hopes?)\b/i;

/** Where a clause ends: punctuation, or a relative or contrastive word that starts the next one. */
const BOUNDARY = /[,;:()–—]|\b(?:which|who|whom|whose|while|but|whereas|although)\b/gi;

/** The sentence's tense, leaning to the past: news reports mostly what has happened. */
export function sentenceTense(sentence: string): Tense {
  if (FUTURE.test(sentence)) return "future";
  if (PAST.test(sentence)) return "past";
  return "present";
}

/**
 * The tense at `offset` in a sentence: the tense of the clause around it when the clause shows one
 * ("Samsung unveiled a phone, which goes on sale in April" → present), else the sentence's.
 */
export function tenseAt(sentence: string, offset: number): Tense {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (at < offset) start = at;
    else if (at >= offset && at < end) {
      end = at;
      break;
    }
  }
  const clause = sentence.slice(start, end);
  if (FUTURE.test(clause)) return "future";
  if (PAST.test(clause)) return "past";
  if (PRESENT.test(clause)) return "present";
  return sentenceTense(sentence);
}
