import type { Span } from "../../model/span.ts";
import { ACRONYM_FUNCTION_WORDS } from "./lexicon/words.ts";
import { acronymLetters, isCapitalised, looksLikeAcronym, stripDiacritics } from "./names.ts";
import type { TextView } from "./text-view.ts";

/** "Long Form (ACR)" or "ACR (Long Form)" in the text. */
export interface AcronymDefinition {
  /** The acronym as written ("CRA"). */
  readonly acronym: string;
  readonly acronymSpan: Span;
  readonly longSpan: Span;
}

/** Finds acronym definitions whose letters spell the long form's words, in text order. */
export function findAcronymDefinitions(view: TextView): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.words[i] !== "(") continue;
    const inner = view.words[i + 1] ?? "";
    // Long Form (ACR)
    if (looksLikeAcronym(inner) && view.words[i + 2] === ")") {
      const letters = acronymLetters(inner);
      const first = longFormBefore(view, i, letters);
      const reordered = first < 0 ? translatedLongForm(view, i, letters) : -1;
      if (first >= 0 || reordered >= 0) out.push(definition(view, i + 1, first >= 0 ? first : reordered, i));
      continue;
    }
    // ACR (Long Form)
    const acr = view.words[i - 1] ?? "";
    if (!looksLikeAcronym(acr)) continue;
    const close = view.words.indexOf(")", i + 1);
    if (close < 0 || close - i > 16) continue;
    if (spellsOut(view, i + 1, close, acronymLetters(acr))) out.push(definition(view, i - 1, i + 1, close));
  }
  return out;
}

function definition(view: TextView, acr: number, first: number, end: number): AcronymDefinition {
  const a = view.tokens[acr];
  const f = view.tokens[first];
  const l = view.tokens[end - 1];
  if (!a || !f || !l) throw new Error("acronym definition outside the tokens");
  return {
    acronym: view.words[acr] ?? "",
    acronymSpan: { start: a.start, end: a.end },
    longSpan: { start: f.start, end: l.end },
  };
}

/** The first token of the shortest run of words before token `paren` that the letters spell, or -1. */
function longFormBefore(view: TextView, paren: number, letters: string): number {
  for (let first = paren - 1; first >= 0 && paren - first <= letters.length * 2 + 3; first--) {
    const tok = view.tokens[first];
    const word = view.words[first] ?? "";
    if (!tok || (tok.kind !== "word" && word !== "&")) return -1;
    if (spellsOut(view, first, paren, letters)) return first;
  }
  return -1;
}

/**
 * "the National Electoral Council (CNE)": an acronym of the name in another language has the same initials in
 * another order. The run of capitalised words right before the bracket (function words aside) must give exactly
 * the acronym's letters, as a set of letters; -1 otherwise.
 */
function translatedLongForm(view: TextView, paren: number, letters: string): number {
  const initials: string[] = [];
  for (let first = paren - 1; first >= 0 && paren - first <= letters.length * 2 + 2; first--) {
    const word = view.words[first] ?? "";
    if (ACRONYM_FUNCTION_WORDS.has(word.toLowerCase()) && initials.length > 0) continue;
    if (!isCapitalised(word) || view.tokens[first]?.kind !== "word") return -1;
    initials.push((stripDiacritics(word)[0] ?? "").toUpperCase());
    if (initials.length === letters.length) {
      const same = [...initials].sort().join("") === [...letters].sort().join("");
      return same && letters.length >= 3 ? first : -1;
    }
  }
  return -1;
}

/**
 * True when tokens [first, end) spell the letters: every content word gives its initial, in order;
 * "of", "for", "the" and other function words may give theirs or be skipped; hyphenated words give
 * one letter per part. The run must start and end with a capitalised word.
 */
export function spellsOut(view: TextView, first: number, end: number, letters: string): boolean {
  const words = view.words.slice(first, end);
  if (words.length === 0 || !isCapitalised(words[0] ?? "") || !isCapitalised(words[words.length - 1] ?? "")) {
    return false;
  }
  const parts: { initial: string; optional: boolean }[] = [];
  for (const [k, word] of words.entries()) {
    const tok = view.tokens[first + k];
    if (/^['’]s$/u.test(word)) continue;
    if (!tok || (tok.kind !== "word" && word !== "&")) return false;
    for (const part of stripDiacritics(word).split(/[-‐‑'’]/u)) {
      if (part.length === 0) continue;
      const optional = ACRONYM_FUNCTION_WORDS.has(part.toLowerCase());
      parts.push({ initial: (part[0] ?? "").toUpperCase(), optional });
    }
  }
  return match(parts, 0, letters, 0);
}

function match(
  parts: { initial: string; optional: boolean }[],
  p: number,
  letters: string,
  l: number,
): boolean {
  if (p === parts.length) return l === letters.length;
  const part = parts[p];
  if (!part) return false;
  if (part.optional && match(parts, p + 1, letters, l)) return true;
  return l < letters.length && part.initial === letters[l] && match(parts, p + 1, letters, l + 1);
}
