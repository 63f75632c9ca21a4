import { DAY_PARTS } from "./lexicon.ts";
import type { Candidate } from "./semantics.ts";

/**
 * Modifiers written before an expression belong to its extent and set TimeML's `mod`:
 * "early June" (START), "the end of the year" (END), "mid-2024" (MID), "more than two years" (MORE_THAN).
 */

interface Prefix {
  readonly re: RegExp;
  readonly mod: string | null;
}

// Each pattern must match at the very end of the text before the expression.
const POINT_PREFIXES: readonly Prefix[] = [
  { re: /early\s+in\s+$/i, mod: "START" },
  // "later in the year", "earlier in the month": like "later this year", one DATE without a mod.
  { re: /(?:later|earlier)\s+in\s+$/i, mod: null },
  { re: /late\s+in\s+$/i, mod: "END" },
  { re: /(?:the\s+)?(?:very\s+)?early[\s-]+$/i, mod: "START" },
  { re: /(?:the\s+)?(?:very\s+)?late[\s-]+$/i, mod: "END" },
  { re: /(?:the\s+)?mid-?\s*$/i, mod: "MID" },
  { re: /the\s+(?:very\s+)?(?:end|close|last\s+days|final\s+days)\s+of\s+$/i, mod: "END" },
  { re: /the\s+(?:very\s+)?(?:beginning|start|outset|dawn|first\s+days)\s+of\s+$/i, mod: "START" },
  { re: /the\s+(?:middle|midst)\s+of\s+$/i, mod: "MID" },
  { re: /the\s+(?:early|earlier)\s+part\s+of\s+$/i, mod: "START" },
  { re: /the\s+(?:late|latter|later)\s+part\s+of\s+$/i, mod: "END" },
  { re: /(?:around|about|circa|approximately|roughly|ca\.|c\.)\s+$/i, mod: "APPROX" },
  { re: /the\s+years?\s+$/i, mod: null },
  { re: /fiscal\s+(?:year\s+)?$/i, mod: null },
];

const DURATION_PREFIXES: readonly Prefix[] = [
  { re: /(?:about|around|approximately|roughly|some|an\s+estimated|close\s+to)\s+$/i, mod: "APPROX" },
  { re: /(?:nearly|almost|less\s+than|under|fewer\s+than|just\s+under)\s+$/i, mod: "LESS_THAN" },
  { re: /(?:more\s+than|over|just\s+over|longer\s+than)\s+$/i, mod: "MORE_THAN" },
  { re: /(?:at\s+least|no\s+less\s+than)\s+$/i, mod: "EQUAL_OR_MORE" },
  { re: /(?:at\s+most|up\s+to|no\s+more\s+than)\s+$/i, mod: "EQUAL_OR_LESS" },
];

function isDuration(c: Candidate): boolean {
  return c.meaning.k === "fixed" && c.meaning.type === "DURATION";
}

/** The candidate grown leftwards over a modifier, not past `limit` (the end of the previous expression). */
export function withModifier(text: string, c: Candidate, limit: number): Candidate {
  if (c.meaning.k === "fixed" && (c.meaning.type === "SET" || /_REF$/.test(c.meaning.value))) return c;
  if (c.meaning.k === "clock") return c;
  const before = text.slice(Math.max(limit, c.start - 40), c.start);
  // "the night of 10 August": one TIME expression for that part of the day.
  const part = /the\s+(morning|afternoon|evening|night)\s+of\s+$/i.exec(before);
  if (part && ((c.meaning.k === "date" && c.meaning.d !== undefined) || c.meaning.k === "weekday")) {
    const code = DAY_PARTS[(part[1] ?? "").toLowerCase()];
    return {
      ...c,
      start: c.start - part[0].length,
      meaning: { ...c.meaning, ...(code ? { part: code } : {}) },
    };
  }
  // "over the next two weeks": "over" is a preposition before a determiner, not a modifier.
  if (isDuration(c) && /^the\s/i.test(text.slice(c.start, c.end))) return c;
  const prefixes = isDuration(c) ? DURATION_PREFIXES : POINT_PREFIXES;
  for (const prefix of prefixes) {
    const match = prefix.re.exec(before);
    if (!match) continue;
    // A whole-word match only: "chocolate June" must not yield "late June".
    const at = c.start - match[0].length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
    return { ...c, start: at, ...(prefix.mod ? { mod: prefix.mod } : {}) };
  }
  return c;
}
