import { isPossessiveMark } from "./bounds.ts";
import { CUE_DEFAULTS, type CueMatch, NEGATORS, negatedBefore } from "./cue-types.ts";
import { verbLemma } from "./lemma.ts";
import { DETERMINERS, ECHO_VERBS, MODALS, NOUN_CUES, VERB_CUES } from "./lexicon.ts";
import type { Range } from "./parse.ts";
import { isCapitalised, type TokenView } from "./view.ts";

// Words after which a cue word is a noun ("the call", "its support", "a renewed appeal").
const NOUN_DETERMINERS = new Set([
  ...DETERMINERS,
  "'s",
  "renewed",
  "repeated",
  "urgent",
  "formal",
  "earlier",
]);
// After these a cue word is a noun or a phrasal verb of another sense ("support was", "back away").
const NOUN_FOLLOWERS = new Set("is was were are has have had will would away off up down out".split(" "));
const PREPOSITIONS = new Set(
  "of for with despite after before by from in on about amid among at against without under over".split(" "),
);
// Request verbs that take "for" + what is requested ("asked for help").
const FOR_REQUESTS = new Set([
  "ask",
  "request",
  "urge",
  "demand",
  "appeal",
  "plead",
  "press",
  "push",
  "call",
  "argue",
]);

/** A request noun at token `i` ("the council’s request to …", "a call for …"), read as a noun. */
export function nounCue(view: TokenView, i: number, from: number): CueMatch | null {
  const polarity = NOUN_CUES.get(view.forms[i] ?? "");
  const det = polarity ? nounDeterminer(view, i, from) : -1;
  if (!polarity || det < 0) return null;
  const possessor =
    isPossessiveMark(view, det) || view.forms[det] === "'s" ? possessorBefore(view, det, from) : null;
  const complement = ["to", "for", "that", "on"].includes(view.forms[i + 1] ?? "") ? i + 1 : null;
  return { ...CUE_DEFAULTS, kind: "noun", cue: [i, i + 1], polarity, complement, possessor };
}

/** A verb cue at token `i` with its particle ("called on", "warned against"), or an echo verb. */
export function verbCue(view: TokenView, i: number, from: number): CueMatch | null {
  const form = view.forms[i] ?? "";
  if (view.tokens[i]?.kind !== "word") return null;
  const prev = view.forms[i - 1] ?? "";
  if (i > from && (NOUN_DETERMINERS.has(prev) || isPossessiveMark(view, i - 1))) return null;
  const next = view.forms[i + 1] ?? "";
  if (next === "by") return null; // passive: "backed by donors"
  const lemma = verbLemma(form);
  const echo = ECHO_VERBS.has(lemma) && lemma !== form ? echoCue(view, i) : null;
  if (echo) return echo;
  const entry = VERB_CUES.get(lemma);
  if (!entry || (lemma === "back" && form === "back" && !["to", ...MODALS, "will", "would"].includes(prev))) {
    return null;
  }
  // After a preposition the word is a noun ("requests for comment"), unless "to" opens an infinitive.
  if (PREPOSITIONS.has(prev) || (prev === "to" && form !== lemma)) return null;
  const base = {
    ...CUE_DEFAULTS,
    kind: "verb" as const,
    polarity: entry.polarity,
    negated: negatedBefore(view, i, from),
  };
  const more = { ...base, underModal: modalBefore(view, i, from) };
  const withParticle = entry.particles.includes(next) || (next === "for" && FOR_REQUESTS.has(lemma));
  if (withParticle || (form === "opposed" && next === "to"))
    return { ...more, cue: [i, i + 2], complement: i + 2 };
  if (entry.particles.length > 0) return null;
  if (["refuse", "decline"].includes(lemma) && next !== "to") return null;
  if (PREPOSITIONS.has(next) || NOUN_FOLLOWERS.has(next)) return null;
  return { ...more, cue: [i, i + 1], complement: i + 1 };
}

/** "X echoed/reiterated Y’s appeal": the echo verb and Y. */
function echoCue(view: TokenView, i: number): CueMatch | null {
  for (let k = i + 1; k < i + 8; k++) {
    const mark = isPossessiveMark(view, k) || view.forms[k] === "'s";
    if (mark && NOUN_CUES.has(view.forms[k + 1] ?? "")) {
      const possessor = possessorBefore(view, k, i + 1);
      return {
        ...CUE_DEFAULTS,
        kind: "echo",
        cue: [i, i + 1],
        polarity: "support",
        complement: null,
        possessor,
      };
    }
  }
  return null;
}

/** Index of the determiner or possessive mark that makes token `i` a noun, or -1. */
function nounDeterminer(view: TokenView, i: number, from: number): number {
  let k = i - 1;
  while (k >= from && /^[a-z]+(?:-[a-z]+)+$|^[a-z]+(?:ed|ing|al|ent|ive|ous)$/.test(view.forms[k] ?? "")) k--;
  if (k < from) return -1;
  return NOUN_DETERMINERS.has(view.forms[k] ?? "") || isPossessiveMark(view, k) ? k : -1;
}

/** The noun phrase before a possessive mark ("the [Haitian authorities]’", "[Kenya]’s"). */
function possessorBefore(view: TokenView, mark: number, from: number): Range | null {
  // The head may be a common noun ("the national [authorities]’"); words before it must be names.
  let k = mark - 1;
  while (k >= from && view.tokens[k]?.kind === "word" && !DETERMINERS.has(view.forms[k] ?? "")) {
    if (k < mark - 1 && !isCapitalised(view, k)) break;
    k--;
  }
  return k + 1 < mark ? [k + 1, mark] : null;
}

/** True when a modal governs the verb at `i` ("should support", "must not back"). */
function modalBefore(view: TokenView, i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    const f = view.forms[k] ?? "";
    if (MODALS.has(f) || (f === "to" && /^(?:needs?|ought)$/.test(view.forms[k - 1] ?? ""))) return true;
    if (!(f.endsWith("ly") || NEGATORS.has(f) || f === "also")) return false;
  }
  return false;
}
