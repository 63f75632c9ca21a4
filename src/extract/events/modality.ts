import type { TriggerMatch } from "./triggers.ts";
import { isVerbGroupFiller } from "./triggers.ts";
import type { Modality } from "./types.ts";
import type { TokenView } from "./view.ts";
import { AUX, CONDITIONALS, IRREALIS_GOVERNORS, IRREALIS_MODIFIERS, MODALS, NEGATIONS } from "./words.ts";

const NEGATIVE_SUBJECTS = new Set(["nobody", "none", "no-one", "noone"]);
const NEGATING_GOVERNORS = new Set(
  "deny denies denied denying fail fails failed failing refuse refuses refused refusing".split(" "),
);

/**
 * Whether the text asserts the trigger's event, negates it ("was not killed", "denied killing") or
 * only considers it ("could be deployed", "calling on the UN to take over", "even if … deployment").
 * `segmentStart` is the first token of the trigger's clause segment; `sentenceStart` of its sentence.
 */
export function modalityOf(
  v: TokenView,
  m: TriggerMatch,
  segmentStart: number,
  sentenceStart: number,
): Modality {
  for (let k = m.first - 1; k >= sentenceStart; k--) {
    if (CONDITIONALS.has(v.at(k)) && (k >= segmentStart || k === sentenceStart)) return "hypothetical";
  }
  return m.entry.pos === "verb" ? verbModality(v, m, sentenceStart) : nounModality(v, m, sentenceStart);
}

function verbModality(v: TokenView, m: TriggerMatch, floor: number): Modality {
  // "a militia that occupies homes and kills civilians": a habit ascribed, not a happening reported.
  if (isHabitual(v, m, floor)) return "hypothetical";
  let k = m.first - 1;
  while (k >= floor) {
    const w = v.at(k);
    if (NEGATIONS.has(w)) return "negated";
    if (MODALS.has(w)) return "hypothetical";
    if (w === "to") return governedInfinitive(v, k, floor);
    if (!AUX.has(w) && !isVerbGroupFiller(v, k)) break;
    k--;
  }
  // A negative subject: "Nobody was killed", "no civilians were hurt", "none of them died".
  if (
    NEGATIVE_SUBJECTS.has(v.at(k)) ||
    (k > floor && v.at(k - 1) === "no") ||
    (k - 1 > floor && v.at(k - 2) === "no" && !v.isPunct(k - 1))
  ) {
    return "negated";
  }
  for (let j = k - 1; j >= Math.max(floor, k - 5) && !v.isPunct(j); j--) {
    if (v.at(j) === "none" && v.at(j + 1) === "of") return "negated";
  }
  // A gerund or bare form right after a governor: "denied killing", "threatened killing".
  if (NEGATING_GOVERNORS.has(v.at(m.first - 1))) return "negated";
  return "asserted";
}

/** A present-tense "-s" form in a relative clause ("who kills", "that attacks … and kills"). */
function isHabitual(v: TokenView, m: TriggerMatch, floor: number): boolean {
  const w = v.at(m.first);
  if (!/[^s]s$/.test(w) || m.entry.participles.has(w)) return false;
  for (let k = m.first - 1; k >= Math.max(floor, m.first - 6); k--) {
    const x = v.at(k);
    if (x === "who" || x === "that" || x === "which") return true;
    if (v.isPunct(k)) return false;
  }
  return false;
}

/** "to kill": irrealis when a wanting/planning/asking verb governs it within a few words. */
function governedInfinitive(v: TokenView, to: number, floor: number): Modality {
  for (let k = to - 1; k >= Math.max(floor, to - 6); k--) {
    const w = v.at(k);
    if (NEGATING_GOVERNORS.has(w)) return "negated";
    if (IRREALIS_GOVERNORS.has(w)) return "hypothetical";
    if (v.isPunct(k)) break;
  }
  return "asserted";
}

function nounModality(v: TokenView, m: TriggerMatch, floor: number): Modality {
  // "a group that tracks killings and arrests": kinds of happenings, not one.
  for (let k = m.first - 1; k >= Math.max(floor, m.first - 5); k--) {
    if (/^(?:that|which|who)$/.test(v.at(k)) && /[^s]s$/.test(v.at(k + 1))) return "hypothetical";
    if (v.isPunct(k)) break;
  }
  for (let k = m.first - 1; k >= Math.max(floor, m.first - 5); k--) {
    const w = v.at(k);
    if (w === "no" || w === "without") return "negated";
    if (IRREALIS_MODIFIERS.has(w) && k >= m.first - 2) return "hypothetical";
    if (NEGATING_GOVERNORS.has(w)) return "negated";
    // The noun is what someone asks for or plans ("called for the deployment", "request funding").
    if (IRREALIS_GOVERNORS.has(w)) return negatedBefore(v, k, floor) ? "negated" : "hypothetical";
    if (v.isPunct(k) && !isPossessiveLike(v, k)) break;
  }
  return "asserted";
}

function negatedBefore(v: TokenView, k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 3); j--) if (NEGATIONS.has(v.at(j))) return true;
  return false;
}

function isPossessiveLike(v: TokenView, k: number): boolean {
  const f = v.at(k);
  return (f === "’" || f === "'") && v.attachedToPrevious(k);
}
