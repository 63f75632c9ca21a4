import { TRIGGERS, type TriggerEntry } from "./lexicon.ts";
import { isPossessiveMark } from "./phrases.ts";
import type { TokenView } from "./view.ts";
import { AUX, BE_AUX, DETERMINERS, MODALS, NEGATIONS, POSSESSIVE_PRONOUNS, STOP_WORDS } from "./words.ts";

/** One trigger found in the text: its entry, its tokens and how its verb is used. */
export interface TriggerMatch {
  readonly entry: TriggerEntry;
  /** First and last token of the trigger (inclusive). */
  readonly first: number;
  readonly last: number;
  /** The object noun a verb+object entry required ("report" in "published a report"), if any. */
  readonly object: number | null;
  readonly passive: boolean;
}

// Index entries by the forms of their first slot, longest patterns first.
const BY_FORM = new Map<string, TriggerEntry[]>();
for (const entry of [...TRIGGERS].sort(
  (a, b) => b.slots.length - a.slots.length || (b.objects ? 1 : 0) - (a.objects ? 1 : 0),
)) {
  for (const form of entry.slots[0] ?? []) {
    const list = BY_FORM.get(form) ?? [];
    list.push(entry);
    BY_FORM.set(form, list);
  }
}

/** Adjective-looking words: "a fatal shooting", "separate killings", "deadly bombing". */
const ADJECTIVE_ENDING = /(?:al|ous|ate|ful|ive|ic|ent|ant|ble|ly|mass|drive-by)$/;
const NOUN_CUE_PREPS = new Set(
  "of in on after before since following during for against amid over by with from as".split(" "),
);
const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozens hundreds thousands".split(
    " ",
  ),
);
const PRONOUN_QUANTIFIERS = new Set("both all many some several few most others".split(" "));
const COUNT_OPENERS = new Set(
  "some about nearly almost around roughly over at more least up than to".split(" "),
);
const SUBJECT_PRONOUNS = new Set("he she it they we i you who which that".split(" "));

/** Adverbs and negations that may stand inside a verb group ("was reportedly not killed"). */
export function isVerbGroupFiller(v: TokenView, i: number): boolean {
  const w = v.at(i);
  return (
    NEGATIONS.has(w) ||
    (/ly$/.test(w) && w.length > 3 && !v.isCapitalized(i) && !v.mentionAt(i)) ||
    ["also", "then", "now", "still", "already", "just", "later", "reportedly", "allegedly"].includes(w)
  );
}

/** Guesses whether a word that is both a noun and a verb form is used as a noun here. */
function usedAsNoun(v: TokenView, i: number, sentenceStart: number): boolean {
  const prev = v.at(i - 1);
  const w = v.at(i);
  if (
    i - 1 >= sentenceStart &&
    (DETERMINERS.has(prev) || POSSESSIVE_PRONOUNS.has(prev) || isPossessiveMark(v, i - 1))
  )
    return true;
  if (NOUN_CUE_PREPS.has(prev) || v.at(i + 1) === "of") return true;
  if (w.endsWith("ed")) return false;
  if (AUX.has(prev) || MODALS.has(prev) || prev === "to" || SUBJECT_PRONOUNS.has(prev)) return false;
  if (w.endsWith("ing")) {
    const next = v.at(i + 1);
    // "…, killing some 1,200 people": a participle before a count is a verb.
    // (also "killing at least seven people", "killing more than 40")
    let n = i + 1;
    while (n < i + 3 && COUNT_OPENERS.has(v.at(n))) n++;
    if (v.tokens[n]?.kind === "number" || (n > i + 1 && NUMBER_WORDS.has(v.at(n)))) return false;
    const nounNext =
      next === "" || v.isPunct(i + 1) || (STOP_WORDS.has(next) && next !== "on" && next !== "for");
    const adjectiveBefore = ADJECTIVE_ENDING.test(prev) && !AUX.has(prev);
    return (
      nounNext ||
      adjectiveBefore ||
      (i > sentenceStart && (v.isCapitalized(i - 1) || v.tokens[i - 1]?.kind === "number"))
    );
  }
  if (i > sentenceStart && v.isCapitalized(i - 1)) return false;
  return !(/ly$/.test(prev) && !DETERMINERS.has(v.at(i - 2)));
}

/** After a determiner or possessive, or after "the <modifier>". */
function inNounPosition(v: TokenView, i: number, sentenceStart: number, isLemma: boolean): boolean {
  const opens = (k: number): boolean =>
    k >= sentenceStart &&
    ((DETERMINERS.has(v.at(k)) && v.at(k) !== "that") ||
      POSSESSIVE_PRONOUNS.has(v.at(k)) ||
      isPossessiveMark(v, k));
  const prev = v.at(i - 1);
  // "both died", "many fled", "all were killed": a quantifier standing alone is the subject of a past verb.
  if (!isLemma && PRONOUN_QUANTIFIERS.has(prev)) return false;
  if (opens(i - 1)) return true;
  return (
    isLemma && /^\p{Ll}+$/u.test(v.form(i - 1)) && !STOP_WORDS.has(prev) && !AUX.has(prev) && opens(i - 2)
  );
}

/** True when a be-auxiliary governs the participle at i ("was killed", "have been displaced"). */
function isPassive(v: TokenView, i: number, entry: TriggerEntry, sentenceStart: number): boolean {
  if (entry.pos !== "verb" || !entry.slots.some((_, s) => entry.participles.has(v.at(i + s)))) return false;
  let k = i - 1;
  while (k >= sentenceStart && isVerbGroupFiller(v, k)) k--;
  // "862 people were killed, 559 injured and 223 abducted": the auxiliary is left out after a count.
  if (k >= sentenceStart && v.tokens[k]?.kind === "number" && entry.participles.has(v.at(i))) return true;
  // "183K people displaced", "12 civilians killed in the north": a count's headline, without an object.
  if (
    k - 1 >= sentenceStart &&
    (v.tokens[k - 1]?.kind === "number" || NUMBER_WORDS.has(v.at(k - 1))) &&
    entry.participles.has(v.at(i)) &&
    (i + 1 >= v.tokens.length ||
      v.sentenceOf[i + 1] !== v.sentenceOf[i] ||
      v.isPunct(i + 1) ||
      /^(?:in|on|at|by|after|and|as|when|near|since)$/.test(v.at(i + 1)))
  )
    return true;
  return k >= sentenceStart && BE_AUX.has(v.at(k));
}

/** The object noun a verb+object entry needs, within four words after the trigger. */
function findObject(v: TokenView, after: number, end: number, objects: ReadonlySet<string>): number | null {
  for (let k = after; k < Math.min(end, after + 5); k++) {
    if (objects.has(v.at(k))) return k;
    if (v.isPunct(k) || (STOP_WORDS.has(v.at(k)) && v.at(k) !== "about")) return null;
  }
  return null;
}

/** "from their homes", "out of their villages": within eight words after the verb. */
function leavesHome(v: TokenView, after: number, end: number): boolean {
  for (let k = after; k < Math.min(end - 1, after + 8); k++) {
    const w = v.at(k);
    if (w === "from" || (w === "out" && v.at(k + 1) === "of")) {
      const at = w === "out" ? k + 2 : k + 1;
      const noun = POSSESSIVE_PRONOUNS.has(v.at(at)) || v.at(at) === "the" ? v.at(at + 1) : v.at(at);
      return HOMES.has(noun);
    }
    if (v.isPunct(k)) return false;
  }
  return false;
}

const HOMES = new Set("home homes house houses village villages land lands town towns".split(" "));

/** Nouns after which an event noun is a modifier, not a happening: "displacement camps". */
const PLACE_HEADS = new Set(
  (
    "camp camps site sites centre centres center centers shelter shelters settlement settlements " +
    // "voting machines", "the voting data", "attack helicopters": things named after the event.
    "machine machines data booth booths station stations rights age process record records helicopter helicopters dog dogs"
  ).split(" "),
);

/** Every trigger in the sentence spanning tokens [start, end), left to right, without overlaps. */
export function findTriggers(v: TokenView, start: number, end: number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const consumed = new Set<number>();
  for (let i = start; i < end; i++) {
    if (consumed.has(i)) continue;
    const candidates = BY_FORM.get(v.at(i));
    if (!candidates) continue;
    const both = candidates.some((e) => e.pos === "noun") && candidates.some((e) => e.pos === "verb");
    // A verb form in noun position ("the relief fund", "a raid") is not a verb trigger.
    const lemma = candidates[0]?.slots[0]?.values().next().value;
    if (!both && candidates[0]?.pos === "verb" && inNounPosition(v, i, start, v.at(i) === lemma)) continue;
    // "to release detained protesters", "food for displaced families": a participle before its noun is an adjective.
    if (
      candidates[0]?.pos === "verb" &&
      v.at(i) !== lemma &&
      /ed$/.test(v.at(i)) &&
      ((v.at(i - 2) === "to" && /^\p{Ll}+$/u.test(v.form(i - 1)) && !AUX.has(v.at(i - 1))) ||
        /^(?:for|of|to|with|among|from)$/.test(v.at(i - 1))) &&
      /^\p{Ll}+s$/u.test(v.form(i + 1))
    )
      continue;
    const wantNoun = both ? usedAsNoun(v, i, start) : null;
    for (const entry of candidates) {
      if (wantNoun !== null && (entry.pos === "noun") !== wantNoun) continue;
      const last = i + entry.slots.length - 1;
      if (last >= end || !entry.slots.every((slot, s) => slot.has(v.at(i + s)))) continue;
      if ((entry.pos === "noun" || v.at(last).endsWith("ing")) && PLACE_HEADS.has(v.at(last + 1))) continue;
      // "the plan was 48 per cent funded": a level of funding, not an act of it.
      if (entry.type === "funding" && /^(?:cent|percent|%)$/.test(v.at(i - 1))) continue;
      if (entry.fromHomes && !leavesHome(v, last + 1, end)) continue;
      const object = entry.objects ? findObject(v, last + 1, end, entry.objects) : null;
      if (entry.objects && object === null) continue;
      out.push({ entry, first: i, last, object, passive: isPassive(v, i, entry, start) });
      for (let k = i; k <= last; k++) consumed.add(k);
      if (object !== null) consumed.add(object);
      break;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
