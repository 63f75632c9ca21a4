import { expect } from "vitest";
import type { Span } from "../../src/model/span.ts";

/** The strings a list of spans covers, for readable assertions. */
export const texts = (text: string, spans: readonly Span[]): string[] =>
  spans.map((s) => text.slice(s.start, s.end));

/** Asserts that `span` covers exactly `expected` in `text`. */
export function expectSpan(text: string, span: Span | null | undefined, expected: string): void {
  expect(span, `no span where "${expected}" was expected`).toBeTruthy();
  if (span) expect(text.slice(span.start, span.end)).toBe(expected);
}
