import { CONDITION_MARKERS, PHRASE_STOPS } from "./lexicon.ts";
import { raw, type TokenView } from "./view.ts";

/** Options for `phraseEnd`. */
export interface BoundOptions {
  /** Let ", with …" continue a noun phrase ("a two-track plan, with the council funding …"). */
  readonly allowWith?: boolean;
  /** Longest phrase in tokens. */
  readonly maxTokens?: number;
}

const HARD_STOPS = new Set([".", ";", ":", "!", "?", "–", "—", "―", "--", "…", "..."]);

/** True when token `i` is an apostrophe glued to the word before it: a possessive, not a quote mark. */
export function isPossessiveMark(view: TokenView, i: number): boolean {
  const t = view.tokens[i];
  const prev = view.tokens[i - 1];
  const mark = raw(view, i);
  return t !== undefined && prev !== undefined && prev.end === t.start && (mark === "’" || mark === "'");
}

/** True when a condition clause opens at token `i` ("once …", "provided that …", "as long as …"). */
export function conditionAt(view: TokenView, i: number): number {
  for (const marker of CONDITION_MARKERS) {
    if (marker.every((w, k) => view.forms[i + k] === w)) {
      const next = view.forms[i + marker.length] ?? "";
      if (marker[0] === "once" && ["again", "more", "and", "before"].includes(next)) continue;
      if (["even", "as"].includes(view.forms[i - 1] ?? "")) continue; // "even if", "as if": concessive
      return marker.length;
    }
  }
  return 0;
}

/**
 * Where a proposal phrase that starts at token `from` ends (exclusive token index, ≤ `limit`):
 * at sentence punctuation, an opening or closing quotation mark, a comma (unless ", while -ing"
 * or, with `allowWith`, ", with"), a connective that starts another clause, or a condition clause.
 */
export function phraseEnd(view: TokenView, from: number, limit: number, options: BoundOptions = {}): number {
  const max = Math.min(limit, from + (options.maxTokens ?? 40));
  let j = from;
  for (; j < max; j++) {
    const t = view.tokens[j];
    const form = view.forms[j] ?? "";
    if (!t) break;
    if (t.kind === "quote" && !isPossessiveMark(view, j)) break;
    if (HARD_STOPS.has(form)) break;
    if (form === ",") {
      const next = view.forms[j + 1] ?? "";
      const continues =
        ((next === "while" || next === "whilst") && /ing$/.test(view.forms[j + 2] ?? "")) ||
        (options.allowWith === true && next === "with");
      if (!continues) break;
      continue;
    }
    // "release detained protesters and urged donors …": a new verb after "and" starts another clause.
    if (j > from && form === "and" && /^\p{Ll}{3,}ed$/u.test(view.forms[j + 1] ?? "")) break;
    if (j > from && PHRASE_STOPS.has(form)) {
      if (form === "but" && /ing$/.test(view.forms[j + 1] ?? "")) continue; // "keeping X but adding Y"
      break;
    }
    if (j > from && form === "that") break;
    if (j > from && conditionAt(view, j) > 0) break;
  }
  // Do not end on a connective or a comma.
  while (j > from && [",", "and", "or", "while", "with", "to", "(", "-"].includes(view.forms[j - 1] ?? ""))
    j--;
  return j;
}
