import { SitrepError } from "../../errors/errors.ts";

/**
 * Turns what a person typed into a safe FTS5 query: every word becomes a quoted term (all must
 * match), "double-quoted phrases" stay phrases, and a trailing * keeps a prefix search. Punctuation
 * such as "U.N." or "Lt.-Gen." can then never be an FTS5 syntax error.
 */
export function plainToFts(query: string): string {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  for (const m of query.matchAll(pattern)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length > 0) parts.push(`"${words.join(" ")}"`);
      continue;
    }
    const raw = m[2] ?? "";
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    const prefix = raw.endsWith("*");
    // "U.N." → the phrase "U N": the tokenizer split the text the same way.
    parts.push(words.length === 1 && prefix ? `"${words[0]}"*` : `"${words.join(" ")}"${prefix ? "*" : ""}`);
  }
  if (parts.length === 0) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      `the query "${query}" has no words to search for`,
      "give one or more words",
    );
  }
  return parts.join(" ");
}

/** Letters and digits runs: what the unicode61 tokenizer indexes as tokens. */
function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}
