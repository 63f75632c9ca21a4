import type { Span } from "../../model/span.ts";
import type { TokenView } from "./view.ts";

const BOUNDARIES = new Set([",", ";", ":", "–", "—", "(", ")", "--"]);

/**
 * Splits a sentence's tokens [start, end) into clause-like segments at commas, semicolons, colons,
 * dashes, brackets and quote marks. Boundaries inside a time expression ("July 7, 2021") don't
 * count. Returns, for each token of the sentence, the index of its segment.
 */
export function segmentSentence(
  v: TokenView,
  start: number,
  end: number,
  protect: readonly Span[],
): number[] {
  const out: number[] = [];
  let seg = 0;
  for (let i = start; i < end; i++) {
    const t = v.tokens[i];
    const f = v.at(i);
    const isBoundary = BOUNDARIES.has(f) || t?.kind === "quote";
    const inside = t !== undefined && protect.some((p) => p.start < t.start && t.end < p.end);
    if (isBoundary && !inside && !isPossessiveQuote(v, i)) {
      seg++;
      out.push(-1);
      seg++;
      continue;
    }
    out.push(seg);
  }
  return out;
}

/** An apostrophe used as a possessive ("Rask’s letter", "Ellis’ letter") is not a quote mark. */
function isPossessiveQuote(v: TokenView, i: number): boolean {
  const f = v.at(i);
  return (f === "’" || f === "'") && v.attachedToPrevious(i) && /s$/i.test(v.form(i - 1));
}
