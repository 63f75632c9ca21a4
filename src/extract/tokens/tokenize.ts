import type { Token, TokenKind } from "../../model/layers.ts";
import { isSpace } from "../../model/span.ts";
import {
  DATE_ABBREVIATIONS,
  FINAL_ABBREVIATIONS,
  NUMERIC_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from "./abbreviations.ts";

// Sticky patterns, tried in order at each position. Each matches at least one code unit.
const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’«»]+/uy;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const DOTTED = /(?:\p{L}\.){2,}/uy; // U.S., U.N., e.g., p.m.
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?/y;
// "16.5M", "183K", "2.3bn": a magnitude letter stays with its number.
const NUMBER = /\d+(?:[.,]\d+)*(?:st|nd|rd|th|s|[KMB]|bn|mn|k|m)?(?![\p{L}\p{N}])/uy;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑.&][\p{L}\p{M}\p{N}]+)*/uy;
const ELLIPSIS = /\.{3,}|…/y;
const DASH = /-{2,}|[–—―]/y;
const CLITIC = /^(?:s|re|ve|ll|d|m)$/i;
const APOSTROPHES = "'’";
const QUOTE_MARKS = new Set([..."\"“”„‟‘’‚‛'«»‹›`"]);
const SYMBOLS = new Set([..."$€£¥₹%&@#+=<>^~|\\*§°©®™"]);

/** Tokenizes news text into words, numbers, punctuation, quote marks, URLs and e-mail addresses. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind, abbrev = false): void => {
    tokens.push(abbrev ? { start, end, kind, abbrev } : { start, end, kind });
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const url = matchAt(URL, text, i);
    const email = url ? null : matchAt(EMAIL, text, i);
    if (url || email) {
      const end = trimUrlEnd(text, i, url ?? email ?? "");
      push(i, end, url ? "url" : "email");
      i = end;
      continue;
    }
    const dotted = matchAt(DOTTED, text, i);
    if (dotted && !/\p{L}/u.test(text[i + dotted.length] ?? "")) {
      push(i, i + dotted.length, "word", true);
      i += dotted.length;
      continue;
    }
    const clock = matchAt(CLOCK, text, i) ?? matchAt(NUMBER, text, i);
    if (clock) {
      // A trailing ",5" or ".5" belongs to the number only when digits follow, which the pattern ensures.
      push(i, i + clock.length, "number");
      i += clock.length;
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word) {
      i = pushWord(text, i, word, tokens);
      continue;
    }
    const run = matchAt(ELLIPSIS, text, i) ?? matchAt(DASH, text, i);
    if (run) {
      push(i, i + run.length, "punct");
      i += run.length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
    const kind: TokenKind = QUOTE_MARKS.has(ch)
      ? "quote"
      : SYMBOLS.has(ch) || !/\p{P}/u.test(ch)
        ? "symbol"
        : "punct";
    push(i, i + ch.length, kind);
    i += ch.length;
  }
  return tokens;
}

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** URLs rarely end in sentence punctuation or an unmatched bracket: leave those to the sentence. */
function trimUrlEnd(text: string, start: number, url: string): number {
  let end = start + url.length;
  for (;;) {
    const last = text[end - 1] ?? "";
    if (".,;:!?".includes(last)) end--;
    else if (last === ")" && !text.slice(start, end).includes("(")) end--;
    else break;
  }
  return end;
}

/**
 * Pushes a word, splitting clitics ("Haiti’s" → "Haiti" "’s", "wasn’t" → "was" "n’t"), joining
 * inner apostrophes ("O’Brien", "d’Ivoire") and taking the period of known abbreviations.
 * Returns the position after what it consumed.
 */
function pushWord(text: string, start: number, word: string, tokens: Token[]): number {
  let end = start + word.length;
  // Join name-internal apostrophes: a letter on both sides and not a clitic.
  for (;;) {
    const ap = text[end];
    if (ap === undefined || !APOSTROPHES.includes(ap)) break;
    WORD.lastIndex = end + 1;
    const rest = WORD.exec(text);
    if (!rest) break;
    const tail = rest[0];
    const isClitic = CLITIC.test(tail) || (tail.toLowerCase() === "t" && /n$/i.test(text.slice(start, end)));
    if (isClitic) {
      const tEnd = end + 1 + tail.length;
      if (tail.toLowerCase() === "t" && end - start > 1) {
        // "wasn’t" → "was" + "n’t"; a lone "n’t" stays whole.
        tokens.push({ start, end: end - 1, kind: "word" });
        tokens.push({ start: end - 1, end: tEnd, kind: "word" });
      } else {
        tokens.push({ start, end, kind: "word" });
        tokens.push({ start: end, end: tEnd, kind: "word" });
      }
      return tEnd;
    }
    end = end + 1 + tail.length;
  }
  const lower = text.slice(start, end).toLowerCase();
  if (text[end] === "." && text[end + 1] !== ".") {
    const isInitial = end - start === 1 && /\p{Lu}/u.test(text[start] ?? "");
    const beforeNumber = /^\s?\d/.test(text.slice(end + 1, end + 3));
    if (
      isInitial ||
      TITLE_ABBREVIATIONS.has(lower) ||
      DATE_ABBREVIATIONS.has(lower) ||
      FINAL_ABBREVIATIONS.has(lower) ||
      OTHER_ABBREVIATIONS.has(lower) ||
      (NUMERIC_ABBREVIATIONS.has(lower) && beforeNumber)
    ) {
      tokens.push({ start, end: end + 1, kind: "word", abbrev: true });
      return end + 1;
    }
  }
  tokens.push({ start, end, kind: /^\d/.test(lower) && /^[\d.,]+$/.test(lower) ? "number" : "word" });
  return end;
}

/** True when an abbreviation token may also end its sentence ("Inc.", "U.S." before a capital). */
export function abbrevMayEndSentence(tokenText: string): boolean {
  const bare = tokenText.slice(0, -1).toLowerCase();
  if (FINAL_ABBREVIATIONS.has(bare)) return true;
  // Dotted acronyms (U.S., U.N., a.m.) end sentences often enough; titles and initials never do.
  return /^(?:\p{L}\.){2,}$/u.test(tokenText);
}
