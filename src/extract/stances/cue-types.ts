import type { Polarity } from "./lexicon.ts";
import type { Range } from "./parse.ts";
import type { TokenView } from "./view.ts";

/** Which grammar a cue belongs to; decides how its complement and its holder are found. */
export type CueKind = "verb" | "noun" | "adj" | "modal" | "time" | "consider" | "option" | "echo";

/** One stance cue found in a sentence. */
export interface CueMatch {
  readonly kind: CueKind;
  /** The cue's tokens ("calling on", "it wasn’t time to", "could be considered"). */
  readonly cue: Range;
  readonly polarity: Polarity;
  readonly negated: boolean;
  /** First token of the complement (the proposal), or null (a bare "X’s appeal"). */
  readonly complement: number | null;
  /** For subject-proposal frames ("Such a step could be considered", "X should be sent"): the subject. */
  readonly subject: Range | null;
  /** Possessor of a request noun ("the council’s request") or of an echoed appeal. */
  readonly possessor: Range | null;
  /** True when a modal governs a verb cue ("should support …"): the speaker holds the stance. */
  readonly underModal: boolean;
  /** For "SUBJECT should be PARTICIPLE …": the participle token. */
  readonly participle: number | null;
}

/** The fields most cues leave empty. */
export const CUE_DEFAULTS = {
  negated: false,
  subject: null,
  possessor: null,
  underModal: false,
  participle: null,
} as const;

export const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never", "no"]);
const CLAUSE_OPENERS = new Set([",", ";", ":", "“", '"', "that", "and", "but"]);
const AUX = new Set(["does", "do", "did", "is", "was", "has", "have", "had", "will", "would"]);

/** Where the clause holding token `i` starts: after the last comma, colon, quote mark or "that". */
export function clauseStart(view: TokenView, i: number, from: number): number {
  let k = i - 1;
  while (k >= from && !CLAUSE_OPENERS.has(view.forms[k] ?? "")) k--;
  return k + 1;
}

/** True when a negation stands before token `i`, with only auxiliaries and adverbs between. */
export function negatedBefore(view: TokenView, i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    const f = view.forms[k] ?? "";
    if (NEGATORS.has(f)) return true;
    if (!(f.endsWith("ly") || AUX.has(f))) return false;
  }
  return false;
}
