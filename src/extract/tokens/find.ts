import type { Span } from "../../model/span.ts";

/**
 * Index of the first token that starts at or after `offset` (`tokens.length` when none): a binary
 * search, since tokens are in text order. Every stage that maps offsets to tokens uses this one.
 */
export function firstTokenFrom(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
