import type { HolderRef } from "./speech.ts";
import { type TokenView, tokenSpan } from "./view.ts";

// Words between a subject and its verb: auxiliaries, modals, raising verbs, adverbs, negation.
const BETWEEN = new Set(
  "would will could should shall may might must can has have had been be is was are were does do did seems seem seemed appears appear appeared also not n't never again now reportedly already still".split(
    " ",
  ),
);
const OPENERS = new Set(["the", "a", "an", "its", "their", "this", "that", "these", "those", "many", "some"]);
const FUNCTION_WORDS = new Set(
  "even all do you i we he she they it just only while then to not so as if what which who there here or and long few many most much more less yet any nobody everyone anyone someone none each both either neither".split(
    " ",
  ),
);
const STOP = new Set([",", ";", ":", "“", "”", '"', "(", ")", "that", "and", "but", "which", "who"]);

/**
 * A common-noun subject before the verb at token `verb` ("The senate would support …", "Donors
 * urged …", "the governor seems keen …"): the words after a determiner (or at the clause start),
 * when no named holder is there. Returns null when the words before the verb are no noun phrase.
 */
export function nounSubject(view: TokenView, verb: number, floor: number): HolderRef | null {
  let k = verb - 1;
  while (k >= floor && (BETWEEN.has(view.forms[k] ?? "") || /^[a-z]{3,}ly$/.test(view.forms[k] ?? ""))) k--;
  const end = k + 1;
  while (
    k >= floor &&
    view.tokens[k]?.kind === "word" &&
    !OPENERS.has(view.forms[k] ?? "") &&
    !STOP.has(view.forms[k] ?? "")
  )
    k--;
  const start = k + 1;
  const atOpener = k < floor || OPENERS.has(view.forms[k] ?? "") || STOP.has(view.forms[k] ?? "");
  if (end <= start || end - start > 4 || !atOpener) return null;
  // A preposition opening the words means they are an adjunct ("In Velmora urged …"), not a subject.
  if (
    ["in", "on", "at", "for", "from", "with", "by", "since", "after", "before"].includes(
      view.forms[start] ?? "",
    )
  )
    return null;
  // Only a determiner-led phrase, or one opening the clause, is a subject; never function words.
  if (!(OPENERS.has(view.forms[k] ?? "") || k < floor)) return null;
  for (let i = start; i < end; i++) {
    const f = view.forms[i] ?? "";
    if (FUNCTION_WORDS.has(f) || /(?:ing|ed|ly)$/.test(f) || (i === start && f.startsWith("'"))) return null;
  }
  // Names are left to the holder candidates; only a sentence-initial capital is allowed.
  for (let i = start; i < end; i++)
    if (i !== floor && /^\p{Lu}/u.test(view.text.slice(view.tokens[i]?.start, view.tokens[i]?.end)))
      return null;
  const span = tokenSpan(view, start, end);
  return { entity: null, name: view.text.slice(span.start, span.end), span };
}
