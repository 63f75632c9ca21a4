import type { Tense } from "./semantics.ts";

/** A rough tense: enough to place "June" or "Sunday" before or after the publication date. */

const FUTURE_SOURCE =
  "\\b(?:will|won['’]t|shall|going\\s+to|plans?\\s+to|planned\\s+for|is\\s+to|are\\s+to|expected\\s+to|scheduled\\s+(?:to|for)|set\\s+to|due\\s+to\\s+\\w+|would\\s+begin|upcoming|next)\\b|['’]ll\\b";
const PAST_SOURCE =
  "\\b(?:was|were|had|did|said|told|ago|last|took|began|came|went|saw|made|met|left|fell|held|killed|ran|fought|won|lost|fled|led|struck|sent|spent|kept|gave|got|found|brought|built|became|rose|grew|drew|threw|knew|spoke|broke|chose|wrote|drove|stood|sat|paid|sold|heard|caught|felt|swept|sought|overran|withdrew|forbade|bore|shot|[a-z]{2,}ed)\\b";
const PRESENT_SOURCE =
  "\\b(?:is|are|am|has|have|does|remains?|goes|takes|comes|begins|starts|opens|ends|runs|plans?|hopes?|meets|convenes|resumes|expires|reopens|closes|returns|arrives|votes|reports)\\b";

const FUTURE = new RegExp(FUTURE_SOURCE, "i");
const PAST = new RegExp(PAST_SOURCE);
const PRESENT = new RegExp(PRESENT_SOURCE, "i");

/**
 * Verbs that place what follows them: a future auxiliary or a schedule ("would ease", "is expected",
 * "due"), a past verb, a present one. Time words ("next", "last", "ago") are left out: they belong
 * to other time expressions of the clause, which resolve on their own.
 */
const VERB_MARKERS: readonly (readonly [Tense, RegExp])[] = [
  [
    "future",
    /\b(?:will|won['’]t|shall|would(?!\s+have)|wo(?:uld)?n['’]t|going\s+to|plans?\s+to|planned\s+for|(?:is|are|be)\s+to|(?:is|are|be|was|were)\s+(?:expected|scheduled|set|due)|expected\s+to|scheduled\s+(?:to|for)|set\s+to|due|expects?|expecting|predicts|anticipates?|likely\s+to|(?:is|are)\s+planned)\b|['’]ll\b/gi,
  ],
  // A modal looks ahead ("could last until", "may rise in June"), unless negated or perfect ("could not",
  // "might have"); lower case only, so that the month May is not read as one.
  // "must win in November", "can win in November" look ahead as well.
  ["future", /\b(?:could|might|may|can)\s+(?!not\b|have\b|n['’]t)(?=[a-z])/g],
  ["future", /\bmust\s+(?!have\b)(?=[a-z])/g],
  [
    "past",
    /\b(?:was|were|had|did|said|told|took|began|came|went|saw|made|met|left|fell|held|killed|ran|fought|won|lost|fled|led|struck|sent|spent|kept|gave|got|found|brought|built|became|rose|grew|drew|threw|knew|spoke|broke|chose|wrote|drove|stood|sat|paid|sold|heard|caught|felt|swept|sought|overran|withdrew|forbade|bore|shot|cut|hit|shut|quit|hurt|sank|swung|bought|thought|taught|[a-z]{2,}ed|Played)\b/g,
  ],
  ["present", new RegExp(PRESENT_SOURCE, "gi")],
];

/** Where a clause ends: punctuation, or a relative or contrastive word that starts the next one. */
const BOUNDARY = /[,;:()–—]|\b(?:which|who|whom|whose|while|but|whereas|although)\b/gi;

/** The sentence's tense, leaning to the past: news reports mostly what has happened. */
export function sentenceTense(sentence: string): Tense {
  if (FUTURE.test(sentence)) return "future";
  if (PAST.test(sentence)) return "past";
  return "present";
}

/**
 * The tense of the verb nearest before `offset` in the clause ("said the rain would ease by Friday" → future,
 * "marched on Wednesday against a plan to raise…" → past), else of the nearest one after it; null when the
 * clause has no verb marker. Among markers ending at the same place, the future one wins ("are expected").
 */
function nearestVerbTense(clause: string, offset: number): Tense | null {
  let before: { tense: Tense; distance: number } | null = null;
  let after: { tense: Tense; distance: number } | null = null;
  for (const [tense, re] of VERB_MARKERS) {
    re.lastIndex = 0;
    for (const m of clause.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // A participle after "be" or a linking verb ("will be held", "has been delayed", "will remain closed"):
      // the verb before it carries the tense.
      if (
        tense === "past" &&
        /\b(?:be|being|been|is|are|am|remain|remains|remaining|stay|stays|staying)\s+$/i.test(
          clause.slice(Math.max(0, start - 10), start),
        )
      )
        continue;
      // "will cut", "to hit": a base form that looks like a past one ("cut", "hit") after a modal or "to"; "a
      // cut", "the wounded": a noun after a determiner.
      if (
        tense === "past" &&
        /\b(?:will|would|could|should|can|may|might|must|to|do|does|did|a|an|the|its|their|his|her|our)\s+$/i.test(
          clause.slice(Math.max(0, start - 8), start),
        )
      )
        continue;
      if (end <= offset) {
        const distance = offset - end;
        if (!before || distance < before.distance) before = { tense, distance };
      } else if (start >= offset) {
        const distance = start - offset;
        if (!after || distance < after.distance) after = { tense, distance };
      }
    }
  }
  return before?.tense ?? after?.tense ?? null;
}

/**
 * The tense at `offset` in a sentence: the tense of the verb nearest to it in its clause when the clause has
 * one ("Samsung unveiled a phone, which goes on sale in April" → present), else the sentence's.
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
  // "will miss six weeks after breaking his hand Wednesday": what came "after"/"since" it has happened.
  if (/\b(?:after|since)\s+(?:\p{L}+\s+)?\p{L}{3,}ing\b[^,;.]*$/iu.test(sentence.slice(start, offset)))
    return "past";
  const nearest = nearestVerbTense(clause, offset - start);
  if (nearest) return nearest;
  // A clause without a verb ("In April, Trump called…"): the nearest verb of the sentence, not any future
  // word elsewhere in it.
  const inSentence = nearestVerbTense(sentence, offset);
  if (inSentence) return inSentence;
  if (FUTURE.test(clause)) return "future";
  if (PAST.test(clause)) return "past";
  if (PRESENT.test(clause)) return "present";
  return sentenceTense(sentence);
}

/** True when a sentence has no verb the tense markers know ("ET on Friday." after a split at "p.m."). */
export function isVerbless(sentence: string): boolean {
  return nearestVerbTense(sentence, 0) === null && !PRESENT.test(sentence);
}
