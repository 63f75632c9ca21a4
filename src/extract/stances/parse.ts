import { KNOWN_VERBS, LIGHT_VERBS } from "./actions.ts";
import { isPossessiveMark } from "./bounds.ts";
import { verbLemma } from "./lemma.ts";
import { PREPOSITIONS } from "./lexicon.ts";
import type { TokenView } from "./view.ts";

/** A token range [from, to). */
export type Range = readonly [number, number];

/** One action inside a proposal: "keep [the MSS] [in place]", "transform [X] [into Y]". */
export interface Action {
  readonly lemma: string | null;
  readonly particle: string | null;
  readonly object: Range | null;
  readonly outcome: { readonly prep: string; readonly range: Range } | null;
}

/** A proposal phrase split into its actions; `kind` says which grammar it was read with. */
export interface ParsedPhrase {
  readonly range: Range;
  readonly kind: "vp" | "np" | "passive";
  readonly actions: readonly Action[];
}

const PARTICLES = new Set(["over", "up", "out", "down", "off", "back", "away", "upon", "on"]);
const OUTCOME_PREPS = ["into", "with", "in", "on", "against"];
const BE = new Set(["be", "is", "are", "was", "were", "being", "been"]);
const MODALS = new Set(["should", "must", "would", "will", "could", "shall", "can", "may", "might"]);
const IRREGULAR_PARTICIPLES = new Set([
  "taken",
  "sent",
  "kept",
  "held",
  "given",
  "made",
  "done",
  "built",
  "left",
]);

const isParticiple = (form: string): boolean => /(?:ed|en)$/.test(form) || IRREGULAR_PARTICIPLES.has(form);
const isAdverb = (form: string): boolean => form.length > 4 && form.endsWith("ly");

/** Reads a verb phrase "to VERB [particle] OBJECT [prep OUTCOME] [, while VERB-ing …]". */
export function parseVerbPhrase(view: TokenView, from: number, to: number): ParsedPhrase {
  return { range: [from, to], kind: "vp", actions: actionsFrom(view, from, to) };
}

function actionsFrom(view: TokenView, from: number, to: number): Action[] {
  let i = from;
  while (i < to && (view.forms[i] === "to" || isAdverb(view.forms[i] ?? ""))) i++;
  const form = view.forms[i] ?? "";
  const lemma = i < to ? verbLemma(form) : null;
  i++;
  let particle: string | null = null;
  const next = view.forms[i] ?? "";
  if (i < to && (PARTICLES.has(next) || (lemma === "stick" && next === "with"))) {
    particle = next;
    i++;
  }
  const { action, rest } = objectAndOutcome(view, i, to, lemma, particle);
  return rest === null ? [action] : [action, ...actionsFrom(view, rest, to)];
}

/** The object up to the first preposition, an outcome phrase, and where a coordinated action starts. */
function objectAndOutcome(
  view: TokenView,
  from: number,
  to: number,
  lemma: string | null,
  particle: string | null,
) {
  let coord = to;
  let rest: number | null = null;
  for (let k = from; k < to; k++) {
    const f = view.forms[k] ?? "";
    if (["while", "whilst", "but", "and"].includes(f) && /ing$/.test(view.forms[k + 1] ?? "")) {
      coord = k > from && view.forms[k - 1] === "," ? k - 1 : k;
      rest = k + 1;
      break;
    }
  }
  let objEnd = from;
  while (objEnd < coord && !PREPOSITIONS.has(view.forms[objEnd] ?? "")) objEnd++;
  let outcome: Action["outcome"] = null;
  for (const prep of OUTCOME_PREPS) {
    const at = view.forms.slice(objEnd, coord).indexOf(prep);
    if (at < 0 || (prep !== "into" && at > 0)) continue;
    if (prep === "in" && view.forms[objEnd + 1] !== "place") continue; // "keep X in place", not "X in Haiti"
    const start = objEnd + at + 1;
    let end = start;
    while (end < coord && !(PREPOSITIONS.has(view.forms[end] ?? "") && end > start)) end++;
    outcome = { prep, range: [start, end] };
    break;
  }
  const action: Action = { lemma, particle, object: objEnd > from ? [from, objEnd] : null, outcome };
  return { action, rest };
}

/** Reads a noun phrase proposal ("a ceasefire", "sanctions on the junta"): its core is the object. */
export function parseNounPhrase(view: TokenView, from: number, to: number): ParsedPhrase {
  let end = from;
  while (end < to && !(PREPOSITIONS.has(view.forms[end] ?? "") && end > from)) end++;
  return {
    range: [from, to],
    kind: "np",
    actions: [{ lemma: null, particle: null, object: [from, end], outcome: null }],
  };
}

/**
 * Reads a clause ("the council impose sanctions", "the force be transformed into …",
 * "troops should be sent"): a passive when "be" + participle follows the subject, a verb phrase from
 * the first modal or known verb otherwise, a noun phrase when no verb is found.
 */
export function parseClause(view: TokenView, from: number, to: number): ParsedPhrase {
  for (let k = from + 1; k < to; k++) {
    const f = view.forms[k] ?? "";
    if (BE.has(f) && isParticiple(view.forms[k + 1] ?? "")) return passive(view, [from, k], k + 1, to);
    if (MODALS.has(f)) {
      if (view.forms[k + 1] === "be" && isParticiple(view.forms[k + 2] ?? ""))
        return passive(view, [from, k], k + 2, to);
      return { range: [from, to], kind: "vp", actions: actionsFrom(view, k + 1, to) };
    }
    if (isPossessiveMark(view, k)) continue;
    const lemma = verbLemma(f);
    if (KNOWN_VERBS.has(lemma) || LIGHT_VERBS.has(lemma))
      return { range: [from, to], kind: "vp", actions: actionsFrom(view, k, to) };
  }
  return parseNounPhrase(view, from, to);
}

/** "SUBJECT be PARTICIPLE [into …]": the subject is what the action applies to. */
export function passive(view: TokenView, subject: Range, participle: number, to: number): ParsedPhrase {
  const lemma = verbLemma(view.forms[participle] ?? "");
  const { action } = objectAndOutcome(view, participle + 1, to, lemma, null);
  return { range: [subject[0], to], kind: "passive", actions: [{ ...action, object: subject }] };
}
