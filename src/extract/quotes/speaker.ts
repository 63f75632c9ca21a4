import type { QuoteContext } from "./context.ts";
import { DETERMINERS, HEDGES, NAME_JOINERS, PRONOUNS, SPEAKER_HEADS, VERB_PRELUDE } from "./lexicon.ts";
import { nameAfter, nameEndingAt } from "./names.ts";

/** A speaker phrase as an inclusive token range. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const PREPOSITIONS = new Set(
  "for of at in on to with from by that who which and about after before during over under as".split(" "),
);

/** Words that open a clause: never inside a speaker phrase ("…, while local officials said"). */
const CONJUNCTIONS = new Set("while when whereas although though because if unless but or so".split(" "));

const AUX =
  /^(?:is|was|were|are|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|should|not)$/;

/** Lower-case words allowed inside a common-noun speaker phrase ("the senior UN official"). */
const MODIFIER = /^[\p{L}\p{N}-]+$/u;

/**
 * The speaker phrase ending right before a cue: skips adverbs and auxiliaries ("also",
 * "reportedly", "has"), a possessive apostrophe ("Nomvula’ wrote"), and an appositive between
 * commas ("Ana Reyes, director at the agency, said"). `min` is the first token it may use.
 */
export function speakerBefore(ctx: QuoteContext, cue: number, min: number): TokenRange | null {
  let k = cue - 1;
  while (k >= min && (VERB_PRELUDE.has(ctx.lower(k)) || HEDGES.test(ctx.lower(k)))) k--;
  if (k < min) return null;
  const tok = ctx.tokens[k];
  if (tok?.kind === "quote" && /[’']/.test(ctx.word(k)) && ctx.tokens[k - 1]?.end === tok.start) k--;
  if (ctx.lower(k) === ",") return appositiveSubject(ctx, k, min);
  const np = phraseEndingAt(ctx, k, min);
  return np ? ownerOf(ctx, np, min) : null;
}

/**
 * The subject before an appositive that ends at the comma `k`: the nearest phrase before an earlier
 * comma that opens its clause ("Ana Reyes, who lives in Lima, Peru, said"), else a name that
 * fills the appositive itself ("the director of operations, Ken Ito, says").
 */
function appositiveSubject(ctx: QuoteContext, k: number, min: number): TokenRange | null {
  let nearest = -1;
  for (let j = k - 1; j >= min && j > k - 30; j--) {
    if (ctx.lower(j) !== ",") continue;
    if (nearest < 0) nearest = j;
    const np = phraseEndingAt(ctx, j - 1, min);
    // A name after a title ("school teacher Ana Reyes, 56, says") also heads the clause; not one after "in".
    const titled = np && ctx.isCapital(np.last) && !PREPOSITIONS.has(ctx.lower(np.first - 1));
    if (np && (clauseOpens(ctx, np.first, min) || titled)) {
      // "France’s ambassador, Ana Reyes, told …", "The Special Envoy, Ana Reyes, said": the name in the
      // appositive is who the role (a common noun, or a title after "the") is.
      const role = !ctx.isCapital(np.last) || ctx.lower(np.first) === "the";
      const inner = j === nearest && role ? nameEndingAt(ctx, k - 1, j + 1) : null;
      return inner && inner.first === j + 1 ? inner : ownerOf(ctx, np, min);
    }
  }
  if (nearest < 0) return null;
  const inner = nameEndingAt(ctx, k - 1, nearest + 1);
  return inner && inner.first === nearest + 1 ? inner : null;
}

/** "Ana Reyes with the Red Cross says": the person before "with/of/at" speaks, not the body. */
function ownerOf(ctx: QuoteContext, np: TokenRange, min: number): TokenRange {
  let p = np.first - 1;
  if (ctx.lower(p) === "the") p--;
  // "local officials in Macomia said": the officials speak; the place says which ones.
  if (/^(?:in|from)$/.test(ctx.lower(p)) && SPEAKER_HEADS.has(ctx.lower(p - 1))) {
    const people = phraseEndingAt(ctx, p - 1, min);
    if (people) return { first: people.first, last: np.last };
  }
  if (!/^(?:with|of|at|from)$/.test(ctx.lower(p)) || !ctx.isCapital(np.first)) return np;
  const person = nameEndingAt(ctx, p - 1, min);
  return person && person.last - person.first >= 1 ? person : np;
}

/** The noun phrase that ends at token `k`: a pronoun, a name, or "the/a … noun" with a speaker head. */
export function phraseEndingAt(ctx: QuoteContext, k: number, min: number): TokenRange | null {
  if (k < min) return null;
  const w = ctx.lower(k);
  if (PRONOUNS.has(w)) return { first: k, last: k };
  if (ctx.word(k) === ")" || ctx.isCapital(k)) return nameEndingAt(ctx, k, min);
  if (!/^\p{Ll}[\p{L}-]*$/u.test(w) || /(?:ed|ly|.{3}ing)$/.test(w)) return null;
  const head = SPEAKER_HEADS.has(w);
  let j = k;
  while (j - 1 >= min && j > k - 6) {
    const prev = ctx.lower(j - 1);
    // Any head after a determiner that opens the clause ("However, the lawsuit argues"); else a known one.
    if (DETERMINERS.has(prev)) return head || clauseOpens(ctx, j - 1, min) ? { first: j - 1, last: k } : null;
    if (prev === "’s" || prev === "'s") {
      const owner = phraseEndingAt(ctx, j - 2, min);
      return owner ? { first: owner.first, last: k } : { first: j, last: k };
    }
    if (prev === "," && DETERMINERS.has(ctx.lower(j - 3)) && j > k - 5) {
      j--; // "the lanky, bespectacled professor"
      continue;
    }
    if (
      !MODIFIER.test(prev) ||
      PREPOSITIONS.has(prev) ||
      CONJUNCTIONS.has(prev) ||
      PRONOUNS.has(prev) ||
      AUX.test(prev) ||
      /(?:ly|.{3}ing)$/.test(prev)
    )
      break;
    j--;
  }
  // No determiner: "sources said", "Surrey staff said", "UN officials say" opening a clause.
  const opener = ctx.lower(j - 1);
  const clauseStart =
    j - 1 < min ||
    /^(?:[,;:—–(]|and|but|as|while|because|when|after|since|although|though|where)$/.test(opener) ||
    ctx.tokens[j - 1]?.kind === "quote";
  return clauseStart && head ? { first: j, last: k } : null;
}

function clauseOpens(ctx: QuoteContext, i: number, min: number): boolean {
  return (
    i - 1 < min || /^(?:[,;:—–(]|and|but)$/.test(ctx.lower(i - 1)) || ctx.tokens[i - 1]?.kind === "quote"
  );
}

/**
 * The speaker phrase right after a cue: "said Ana Reyes", "wrote the minister", "says she",
 * "said oil worker Ken Ito", "according to the agency’s office". `max` is the last token it may use.
 */
export function speakerAfter(ctx: QuoteContext, cueLast: number, max: number): TokenRange | null {
  const k = cueLast + 1;
  if (k > max) return null;
  const w = ctx.lower(k);
  if (PRONOUNS.has(w) && w !== "it" && w !== "you") return { first: k, last: k };
  if (DETERMINERS.has(w) && w !== "that") return commonAfter(ctx, k, max);
  // Lower-case title words before a name: "said oil and gas worker Ken Ito".
  let n = k;
  while (
    (n <= max && n < k + 5 && /^\p{Ll}[\p{L}-]*$/u.test(ctx.word(n)) && !PREPOSITIONS.has(ctx.lower(n))) ||
    (n > k && ctx.lower(n) === "and" && n < k + 5)
  )
    n++;
  const name = nameAfter(ctx, n, max);
  if (name) return personAfterTitle(ctx, name, max);
  return SPEAKER_HEADS.has(ctx.lower(n - 1)) && n - 1 >= k ? { first: k, last: n - 1 } : null;
}

/** "Lima cartoonist Ana Reyes": a capitalised modifier, lower-case title words, then the person. */
function personAfterTitle(ctx: QuoteContext, name: TokenRange, max: number): TokenRange {
  let n = name.last + 1;
  while (
    n <= max &&
    n < name.last + 4 &&
    /^\p{Ll}[\p{L}-]*$/u.test(ctx.word(n)) &&
    !PREPOSITIONS.has(ctx.lower(n)) &&
    !DETERMINERS.has(ctx.lower(n))
  )
    n++;
  if (n === name.last + 1) return name;
  return nameAfter(ctx, n, max) ?? name;
}

/** "the minister", "a spokeswoman for the agency" (without the "for …"), "the UN’s migration agency". */
function commonAfter(ctx: QuoteContext, det: number, max: number): TokenRange | null {
  let last = -1;
  for (let k = det + 1; k <= max && k < det + 10; k++) {
    const lower = ctx.lower(k);
    if (ctx.isCapital(k)) {
      const name = nameAfter(ctx, k, max);
      if (!name) break;
      last = name.last;
      k = name.last;
      if (ctx.lower(k + 1) === "’s" || ctx.lower(k + 1) === "'s") k++;
      continue;
    }
    if (lower === "’s" || lower === "'s") continue;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(lower) || PREPOSITIONS.has(lower) || NAME_JOINERS.has(lower)) break;
    // "the U.N. humanitarian office": lower-case words after a name go on only to a speaker's head noun.
    if (last >= 0 && ctx.isCapital(last) && !SPEAKER_HEADS.has(lower)) {
      const head = [1, 2].find((n) => SPEAKER_HEADS.has(ctx.lower(k + n)));
      if (head === undefined || k + head > max) break;
      last = k + head;
      k += head;
      continue;
    }
    last = k;
  }
  if (last < 0) return null;
  // Right after a cue ("says the bow-tied maverick") any noun head will do.
  return last >= 0 ? { first: det, last } : null;
}
