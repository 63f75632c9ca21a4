import type { Span } from "../../model/span.ts";

/**
 * The first number written in digits in a participant's span ("at least 31 people" → 31), or null. Two
 * different counts of victims tell two happenings apart, in a document and across documents.
 */
export function countIn(text: string, span: Span): number | null {
  const digits = /\d[\d,.]*/.exec(text.slice(span.start, span.end));
  return digits ? Number(digits[0].replace(/,/g, "").replace(/\.$/, "")) : null;
}
