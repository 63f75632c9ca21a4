import type { TokenView } from "./view.ts";
import {
  AUX,
  DETERMINERS,
  MODALS,
  NEGATIONS,
  POSSESSIVE_MARKERS,
  POSSESSIVE_PRONOUNS,
  STOP_WORDS,
} from "./words.ts";

/** A noun phrase as an inclusive token range. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
  /** The head token when it is not the last one ("the President of Kestria" → "President"). */
  readonly head?: number;
}

const PRONOUNS = new Set("he she it they we i you him her them us me".split(" "));
const CURRENCIES = new Set(["$", "€", "£", "¥", "₹"]);
const COMPARATIVE_OPENERS = new Set(["at least", "more than", "fewer than", "less than", "up to", "as many"]);
const VAGUE_COUNTS = new Set(["tens", "dozens", "scores", "hundreds", "thousands", "millions"]);
const NUMBER_OPENERS = new Set(["over", "about", "nearly", "almost", "around", "roughly", "approximately"]);

/** True for a word that may sit inside a noun phrase (no punctuation, no function word). */
function isNominal(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || (t.kind !== "word" && t.kind !== "number")) return false;
  const w = v.at(i);
  if (v.mentionAt(i)) return true;
  return !STOP_WORDS.has(w) && !AUX.has(w) && !MODALS.has(w) && !NEGATIONS.has(w) && !DETERMINERS.has(w);
}

/** True for "’s" or an apostrophe glued to a word ending in s ("Rask’s letter", "Ellis’ letter"). */
export function isPossessiveMark(v: TokenView, i: number): boolean {
  if (POSSESSIVE_MARKERS.has(v.at(i))) return true;
  const f = v.at(i);
  return (
    (f === "’" || f === "'") &&
    v.attachedToPrevious(i) &&
    /s$/i.test(v.form(i - 1)) &&
    !v.attachedToPrevious(i + 1)
  );
}

/** A lower-case verb-looking word after the phrase has begun ("a report calling …"). */
function looksVerbal(v: TokenView, i: number): boolean {
  return !v.mentionAt(i) && !v.isCapitalized(i) && /(?:ing|ed)$/.test(v.at(i)) && v.at(i).length > 4;
}

/**
 * The noun phrase starting at token `i` (determiners, quantifiers, words, possessives), ending
 * before `limit` or before the first function word, punctuation mark or verb-looking word.
 */
export function phraseRight(
  v: TokenView,
  i: number,
  limit: number,
  blocked: ReadonlySet<number>,
): Phrase | null {
  // "voted unanimously on …": an adverb right after the verb is not its object.
  // …but "nearly 3,000 people", "roughly half" open a count.
  if (/ly$/.test(v.at(i)) && !NUMBER_OPENERS.has(v.at(i)) && !v.isCapitalized(i) && !v.mentionAt(i))
    return null;
  let j = i;
  if (i >= limit) return null;
  // "us" is a pronoun, "US" a country.
  if (PRONOUNS.has(v.at(j)) && !POSSESSIVE_PRONOUNS.has(v.at(j)) && !/^\p{Lu}{2}$/u.test(v.form(j)))
    return { first: j, last: j };
  if (COMPARATIVE_OPENERS.has(`${v.at(j)} ${v.at(j + 1)}`)) j += 2;
  while (j < limit && (DETERMINERS.has(v.at(j)) || NUMBER_OPENERS.has(v.at(j))) && !blocked.has(j)) j++;
  if (CURRENCIES.has(v.at(j)) && v.tokens[j + 1]?.kind === "number") j++;
  let last = -1;
  while (j < limit && !blocked.has(j)) {
    if (isNominal(v, j) && !(last >= 0 && looksVerbal(v, j))) last = j;
    else if (last >= 0 && isPossessiveMark(v, j)) last = j;
    else if (last >= 0 && v.at(j) === "of" && v.isCapitalized(last) && v.isCapitalized(j + 1)) last = j;
    // "tens of thousands of people", "hundreds of civilians": a vague count and what it counts.
    else if (last >= 0 && v.at(j) === "of" && VAGUE_COUNTS.has(v.at(last))) last = j;
    else break;
    j++;
  }
  return last >= 0 ? { first: i, last } : null;
}

/**
 * The noun phrase ending at token `j`, walking left over words, possessives ("Orvane’s then-Mayor
 * X") and one opening determiner; a parenthesised acronym right before `j` is stepped over.
 */
export function phraseLeft(
  v: TokenView,
  j: number,
  floor: number,
  blocked: ReadonlySet<number>,
): Phrase | null {
  let end = j;
  if (v.at(end) === ")") {
    let k = end - 1;
    while (k > floor && v.at(k) !== "(") k--;
    if (v.at(k) !== "(") return null;
    end = k - 1;
  }
  if (end < floor || blocked.has(end)) return null;
  if (PRONOUNS.has(v.at(end))) return { first: end, last: end };
  if (!isNominal(v, end)) return null;
  let first = end;
  let i = end - 1;
  while (i >= floor && !blocked.has(i)) {
    if (COMPARATIVE_OPENERS.has(`${v.at(i - 1)} ${v.at(i)}`) && i - 1 >= floor) {
      first = i - 1; // "at least 30", "more than 10,000"
      break;
    }
    if (isNominal(v, i) && !looksVerbal(v, i)) first = i;
    else if (
      v.at(i) === "-" &&
      v.attachedToPrevious(i) &&
      v.attachedToPrevious(i + 1) &&
      isNominal(v, i - 1)
    ) {
      first = i - 1; // "a 34-year-old mother": the hyphen joins one word
      i--;
    } else if (isPossessiveMark(v, i) && i - 1 >= floor && isNominal(v, i - 1)) first = i;
    else if ((DETERMINERS.has(v.at(i)) && v.at(i) !== "that") || NUMBER_OPENERS.has(v.at(i))) {
      first = i;
      i--;
      if (v.at(i) === "least" && v.at(i - 1) === "at") first = i - 1;
      break;
    } else break;
    i--;
  }
  return { first, last: end };
}

/** The head token of a phrase: its last word, or the word before a trailing possessive. */
export function headOf(v: TokenView, p: Phrase): number {
  if (p.head !== undefined) return p.head;
  // "the President of Kestria" is a president unless one name covers it all ("Bank of Lorn").
  for (let k = p.first + 1; k < p.last; k++) {
    if (v.at(k) === "of" && v.mentionAt(k - 1) !== v.mentionAt(p.last)) return k - 1;
  }
  let h = p.last;
  while (h > p.first && isPossessiveMark(v, h)) h--;
  return h;
}

/** The entity a phrase refers to: the entity of the mention that covers its head, if any. */
export function entityOf(v: TokenView, p: Phrase): string | null {
  return v.mentionAt(headOf(v, p))?.entity ?? null;
}
