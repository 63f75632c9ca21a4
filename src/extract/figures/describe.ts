import type { Sentence } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import type { TokenView } from "./context.ts";
import { DETERMINERS, PHRASE_STOPS } from "./lexicon.ts";
import type { NumberPhrase } from "./scan.ts";
import { FUNDING_CUE, LINKING_VERBS, STATE_WORDS } from "./verbs.ts";
import { countUnit, nounAfter, phraseText, predicateAfter, subjectBefore, verbBefore } from "./what.ts";

/** What a figure counts, in words and as a span, with the unit that follows from it. */
export interface Description {
  readonly what: string | null;
  readonly whatSpan: Span | null;
  readonly unit: string;
  readonly noun: string | null;
  readonly predicate: string | null;
}

const MONEY = /^(?:[A-Z]{3}|rupees|shillings|francs|pesos|dinars|riyals)$/;
const REPEAT_CUE = /\b(?:another|a further|an additional|a further)\s+$/i;
const INCLUDING_CUE = /\b(?:including|among them|among whom|of whom)\s+$/i;

const join = (a: Span | null, b: Span | null): Span | null =>
  a && b ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : (a ?? b);

/** "has forced 11 million people from their homes": displaced, in the text's own words. */
function forcedFromHomes(v: TokenView, verb: number, from: number): { text: string; span: Span } | null {
  const w = v.lower(verb);
  if (!/^(?:forced|driven|chased|drove|force|forcing)$/.test(w) || v.lower(from) !== "from") return null;
  const home = /^(?:their|his|her|its)$/.test(v.lower(from + 1)) ? from + 2 : from + 1;
  if (!/^homes?$/.test(v.lower(home))) return null;
  return { text: "forced from homes", span: v.span(verb, verb) };
}

/** Describes one figure; `previous` is the figure before it in the sentence, `last` the one before in the text. */
export function describe(
  v: TokenView,
  sentence: Sentence,
  phrase: NumberPhrase,
  previous: Description | null,
  last: Description | null,
): Description {
  const begin = sentence.tokenStart;
  const end = sentence.tokenEnd;
  const i = v.firstAtOrAfter(phrase.end);
  const before = v.lastBefore(phrase.start);
  const lead = v.text.slice(Math.max(0, phrase.start - 20), phrase.start);
  if (phrase.unit && MONEY.test(phrase.unit)) return money(v, sentence, phrase, i, before);

  const group = memberOf(v, i, end);
  if (group)
    return { what: group.text, whatSpan: group.span, unit: "people", noun: group.text, predicate: null };
  const share = phrase.unit === "fraction" || phrase.unit === "percent";
  // "an increase of 15 per cent": the change is what the share measures.
  const change = share
    ? /\b(increase|rise|decrease|drop|decline|fall|jump|reduction|cut)\s+of\s+$/i.exec(lead)
    : null;
  if (change?.[1]) {
    const at = phrase.start - change[0].length;
    return finish(change[1].toLowerCase(), { start: at, end: at + change[1].length }, null, phrase);
  }
  // "85% of the new arrivals", "a fifth of its value": a share is of the phrase after "of".
  if (share && v.lower(i) === "of") {
    const noun = nounAfter(v, i + 1, end, false);
    // "a quarter of Veloria’s 2.3 million people have been displaced": what happened is the share's.
    const pred = noun ? predicateAfter(v, noun.next, end) : null;
    if (noun && pred) return finish(`${noun.text} ${pred.text}`, join(noun.span, pred.span), null, phrase);
    const of = noun ?? wordsAfter(v, i + 1, end);
    if (of) return finish(of.text, of.span, null, phrase);
  }
  // …and the "2.3 million people" inside it is the whole, to which nothing happened.
  const whole = previous && (previous.unit === "fraction" || previous.unit === "percent");
  if (whole && /\bof\s+(?:the\s+|\p{Lu}\S*['’]s\s+)?$/u.test(lead)) {
    const noun = nounAfter(v, i, end, true);
    if (noun) return finish(noun.text, noun.span, null, phrase);
  }
  // "a 2 km buffer zone", "300 mm of water": a measure followed by what it measures.
  const ofMeasure = v.lower(i) === "of" ? 1 : 0;
  if (
    phrase.unit &&
    !share &&
    v.kind(i + ofMeasure) === "word" &&
    !PHRASE_STOPS.has(v.lower(i + ofMeasure))
  ) {
    const measured = wordsAfter(v, i + ofMeasure, end);
    if (measured) return finish(measured.text, measured.span, null, phrase);
  }
  const counted = nounAfter(v, i, end, true);
  // "559 injured": people, in the state the word names (so "and 223 abducted" borrows "people").
  const stateAlone = counted && STATE_WORDS.has(counted.text) ? counted : null;
  const noun = stateAlone ? null : counted;
  let pred: { text: string; span: Span | null } | null =
    (stateAlone ? { text: stateAlone.text, span: stateAlone.span } : null) ??
    (noun ? forcedFromHomes(v, before, noun.next) : null) ??
    predicateAfter(v, noun ? noun.next : i, end, !noun && share) ??
    (share && LINKING_VERBS.has(v.lower(before)) ? null : verbBefore(v, before, begin));
  let nounText = noun?.text ?? (stateAlone ? "people" : null);
  let subjectSpan: Span | null = null;
  if (!pred && INCLUDING_CUE.test(lead) && previous?.predicate)
    pred = { text: previous.predicate, span: null };
  if (!nounText) {
    const donor = REPEAT_CUE.test(lead) ? last : previous;
    // Borrow the noun only when a verb follows ("… and 245 have died"), not "20 per latrine".
    const verbFollows =
      pred !== null || /^(?:could|would|will|may|might|have|has|had|were|was|are|is)$/.test(v.lower(i));
    if (donor?.noun && phrase.unit === null && (verbFollows || REPEAT_CUE.test(lead))) nounText = donor.noun;
    else if (!pred) {
      const subject = subjectBefore(v, before, begin);
      if (subject) return finish(subject.text, subject.span, null, phrase);
    } else if (phrase.unit === "fraction" || phrase.unit === "percent") {
      // "the plan was less than a third funded": the subject is what the share is of.
      const subject = subjectBefore(v, before, begin);
      nounText = subject?.text ?? null;
      subjectSpan = subject?.span ?? null;
    }
  }
  if (!nounText && !pred) return finish(null, null, null, phrase);
  const what = nounText && pred ? `${nounText} ${pred.text}` : (nounText ?? pred?.text ?? null);
  const span = join(noun?.span ?? subjectSpan, pred?.span ?? null);
  return {
    what,
    whatSpan: span,
    unit: phrase.unit ?? countUnit(nounText, pred?.text ?? null),
    noun: nounText,
    predicate: pred?.text ?? null,
  };
}

function finish(
  what: string | null,
  span: Span | null,
  predicate: string | null,
  phrase: NumberPhrase,
): Description {
  return { what, whatSpan: span, unit: phrase.unit ?? countUnit(what, predicate), noun: what, predicate };
}

/** Money: "in/for <what>", the subject of "is estimated at", or "funding" when the sentence is about funds. */
function money(
  v: TokenView,
  sentence: Sentence,
  phrase: NumberPhrase,
  i: number,
  before: number,
): Description {
  const unit = phrase.unit ?? "USD";
  // "a US$700 million grant": the noun right after the amount.
  const first = i;
  let k = i;
  while (k < sentence.tokenEnd && k < first + 3 && v.kind(k) === "word" && !PHRASE_STOPS.has(v.lower(k))) k++;
  if (k > first) {
    const what = phraseText(v, first, k - 1);
    return { what, whatSpan: v.span(first, k - 1), unit, noun: what, predicate: null };
  }
  if (/^(?:in|for)$/.test(v.lower(i))) {
    let j = i + 1;
    while (DETERMINERS.has(v.lower(j))) j++;
    const first = j;
    while (j < sentence.tokenEnd && j < first + 4 && v.kind(j) === "word" && !PHRASE_STOPS.has(v.lower(j)))
      j++;
    // "for Sudan", "for the Sahel": a place or body the money goes to, not what it is for.
    if (j > first && !/^to$/.test(v.lower(first)) && !/^\p{Lu}/u.test(v.word(first))) {
      const what = phraseText(v, first, j - 1);
      return { what, whatSpan: v.span(first, j - 1), unit, noun: what, predicate: null };
    }
  }
  const subject = subjectBefore(v, before, sentence.tokenStart) ?? ofBefore(v, before, sentence.tokenStart);
  if (subject)
    return { what: subject.text, whatSpan: subject.span, unit, noun: subject.text, predicate: null };
  const text = v.text.slice(sentence.start, sentence.end);
  if (FUNDING_CUE.test(text)) return { what: "funding", whatSpan: null, unit, noun: null, predicate: null };
  return { what: null, whatSpan: null, unit, noun: null, predicate: null };
}

/** "a 37-member rescue team", "a 2,500-strong force": the group the number sizes. */
function memberOf(v: TokenView, i: number, end: number): { text: string; span: Span } | null {
  if (!/^[-‐‑]$/.test(v.word(i)) && !/^[-‐‑]/.test(v.word(i))) return null;
  const hyphenWord = v.word(i).replace(/^[-‐‑]/, "") || v.word(i + 1);
  if (!/^(?:member|strong|person|man|woman)$/i.test(hyphenWord)) return null;
  let j = v.word(i).length > 1 ? i + 1 : i + 2;
  const first = j;
  while (j < end && j < first + 3 && v.kind(j) === "word" && !PHRASE_STOPS.has(v.lower(j))) j++;
  return j > first ? { text: phraseText(v, first, j - 1), span: v.span(first, j - 1) } : null;
}

/** Up to three content words from token `i` ("the new arrivals" → "new arrivals"). */
function wordsAfter(v: TokenView, i: number, end: number): { text: string; span: Span } | null {
  let j = i;
  while (j < end && DETERMINERS.has(v.lower(j))) j++;
  const first = j;
  while (j < end && j < first + 3 && v.kind(j) === "word" && !PHRASE_STOPS.has(v.lower(j))) j++;
  if (j === first) return null;
  const text = phraseText(v, first, j - 1);
  return { text: /^(?:them|those)$/.test(text) ? "people" : text, span: v.span(first, j - 1) };
}

/** "a cash grant of 375 dollars": the noun phrase before "of". */
function ofBefore(v: TokenView, i: number, begin: number): { text: string; span: Span } | null {
  if (v.lower(i) !== "of") return null;
  let j = i - 1;
  const last = j;
  while (j >= begin && j > last - 3 && v.kind(j) === "word" && !PHRASE_STOPS.has(v.lower(j))) j--;
  return j < last ? { text: phraseText(v, j + 1, last), span: v.span(j + 1, last) } : null;
}
