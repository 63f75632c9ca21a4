import type { Mention } from "../../model/layers.ts";
import { type Span, trimSpan } from "../../model/span.ts";
import { DATE_WORDS, ORG_HEADS, PREPOSITIONS, SENTENCE_WORDS } from "./lexicon/words.ts";
import type { MentionGraph } from "./mention-graph.ts";
import { isCapitalised } from "./names.ts";
import type { TextView } from "./text-view.ts";
import { honorificAt, titleEndingAt } from "./title-match.ts";

const ROLE_OF =
  /^(?:(?:Permanent|Deputy|Special|Acting|Vice|Executive|Chief|Foreign|Prime)\s+)?(?:President|Representative|Minister|Secretary|Ambassador|Director|Chair(?:man|woman|person)?|Head|Spokes(?:man|woman|person)|Envoy|Coordinator|Commissioner|Governor|Mayor|Chief)\s+of\s+(?:the\s+)?/u;

/**
 * Puts the NER mentions into the graph with clean boundaries: no possessive ending, no trailing
 * punctuation, no leading article or sentence-initial preposition ("On July"), no mention made only
 * of month and day names; no honorific or title in front of a person ("Secretary-General Jane Roe"
 * → "Jane Roe"). A title inside any mention splits it: the capitalised words before it become an
 * ORG ("Acme Council President Jane Roe") and the name after it a PERSON; a title at the end of a
 * non-person mention is cut off ("Acme Director" → "Acme"). Overlaps keep the earlier, longer one.
 */
export function addCleanMentions(view: TextView, graph: MentionGraph, mentions: readonly Mention[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const candidate of sorted) {
    const span = trimEdges(view, candidate);
    if (span.end <= span.start || onlyDateWords(view, span) || onlyFunctionWords(view, span)) continue;
    // "Permanent Representative of Norland": what is left after a role, without a body's head word, is a country.
    const afterRole = /\bof\s+(?:the\s+)?$/u.test(view.text.slice(candidate.start, span.start));
    const words = view.text.slice(span.start, span.end).split(/\s+/u);
    const country = afterRole && words.length <= 2 && !ORG_HEADS.has((words.at(-1) ?? "").toLowerCase());
    const raw: Mention = country ? { ...candidate, type: "GPE" } : candidate;
    // "US$16.5M", "A$2m": a currency's prefix, not a country.
    if (/^[$€£]/u.test(view.text.slice(span.end, span.end + 1))) continue;
    // Places keep their titles ("Prince George", "Fort Chief"): only people and bodies are split.
    if (raw.type === "GPE" || raw.type === "LOC") {
      if (graph.overlapping(span).length === 0) graph.add({ ...raw, ...span });
      continue;
    }
    for (const piece of splitAtTitle(view, span, raw.type === "PERSON")) {
      if (piece.span.end <= piece.span.start) continue;
      if (graph.overlapping(piece.span).length > 0) continue;
      const type =
        piece.role === "org"
          ? raw.type === "PERSON"
            ? "ORG"
            : raw.type
          : piece.role === "person"
            ? "PERSON"
            : raw.type;
      const via = piece.role === "same" ? raw.via : "rule";
      const m: Mention =
        raw.score === undefined
          ? { ...piece.span, type, via }
          : { ...piece.span, type, via, score: raw.score };
      graph.add(m);
    }
  }
}

/** True when every word is a function word ("On", "The"): NER noise, never a name. */
function onlyFunctionWords(view: TextView, span: Span): boolean {
  return view
    .slice(span)
    .toLowerCase()
    .split(/\s+/u)
    .every((w) => SENTENCE_WORDS.has(w) || PREPOSITIONS.has(w));
}

/** True when every word of the span is a month or weekday name: a date NER took for a name. */
function onlyDateWords(view: TextView, span: Span): boolean {
  const words = view.slice(span).toLowerCase().split(/\s+/u);
  return words.every((w) => DATE_WORDS.has(w));
}

/** Trims white space, possessive endings, trailing punctuation and a leading lower-case article. */
export function trimEdges(view: TextView, span: Span): Span {
  const text = view.text;
  let { start, end } = trimSpan(text, span);
  const tail = text.slice(Math.max(start, end - 2), end);
  if (/^['’]s$/u.test(tail)) end -= 2;
  else if (/['’]$/u.test(tail)) end -= 1;
  while (end > start && /[,;:!?.)\]"“”]/u.test(text[end - 1] ?? "")) {
    const last = view.tokenEndingAt(end);
    if (text[end - 1] === "." && last >= 0 && view.tokens[last]?.abbrev) break;
    end--;
  }
  ({ start, end } = trimSpan(text, { start, end }));
  // "IV. Observations", "2. Political developments": a heading's number is not part of a name.
  const numbering = /^(?:[IVX]{1,5}|\d{1,2})\.\s+/u.exec(text.slice(start, end));
  if (numbering) {
    // A numbered line that is only this ("I. Introduction") is a heading, not a name.
    const line =
      /(?:^|\n)[^\S\n]*$/u.test(text.slice(0, start)) && /^[^\S\n]*(?:\n|$)/u.test(text.slice(end));
    if (line) return { start, end: start };
    start += numbering[0].length;
  }
  const lead = /^(?:the|a|an)\s+/u.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  // "President of the Security Council", "Permanent Representative of Norland": a role; the body named after
  // "of" is the mention.
  const role = ROLE_OF.exec(text.slice(start, end));
  if (role && /^\p{Lu}/u.test(text.slice(start + role[0].length, end))) start += role[0].length;
  // "On July", "In Veloria": a capitalised preposition that starts a sentence is not part of a name.
  const prep = /^(?:On|In|At|For|From|By|With|To|After|Before|During|Since|Under|According to)\s+/u.exec(
    text.slice(start, end),
  );
  if (prep && view.tokenStartingAt(start) >= 0 && isSentenceStart(view, view.tokenStartingAt(start))) {
    start += prep[0].length;
  }
  return trimSpan(text, { start, end });
}

interface Piece {
  readonly span: Span;
  /** "same": the mention as NER typed it; "org"/"person": a piece split off at a title. */
  readonly role: "same" | "org" | "person";
}

function isSentenceStart(view: TextView, t: number): boolean {
  return view.sentences[view.sentenceOf(t)]?.tokenStart === t;
}

/** Token range [first, end) of a span. */
function tokenRange(view: TextView, span: Span): [number, number] {
  return [view.firstTokenFrom(span.start), view.firstTokenFrom(span.end)];
}

function spanOf(view: TextView, from: number, to: number): Span {
  const a = view.tokens[from];
  const b = view.tokens[to - 1];
  return a && b && to > from ? { start: a.start, end: b.end } : { start: 0, end: 0 };
}

/** Splits a mention at a title inside it (see `addCleanMentions`). */
function splitAtTitle(view: TextView, span: Span, isPerson: boolean): Piece[] {
  const [start, end] = tokenRange(view, span);
  let first = start;
  while (isPerson && first < end - 1 && honorificAt(view, first) !== undefined) first++;
  // A bare title ("Hereditary Chief", "Secretary-General") names nobody by itself.
  if (titleEndingAt(view, end - 1, first)?.startToken === first) return [];
  for (let k = end - 2; k >= first; k--) {
    const title = titleEndingAt(view, k, first);
    if (!title) continue;
    const rest = view.words.slice(k + 1, end);
    if (!rest.every(isCapitalised)) continue;
    const pieces: Piece[] = [{ span: spanOf(view, k + 1, end), role: isPerson ? "same" : "person" }];
    let orgEnd = title.startToken;
    if (/^['’]s$/u.test(view.words[orgEnd - 1] ?? "")) orgEnd--;
    const prefix = view.words.slice(first, orgEnd);
    if (prefix.length > 0 && prefix.every(isCapitalised))
      pieces.unshift({ span: spanOf(view, first, orgEnd), role: "org" });
    return pieces;
  }
  if (!isPerson) {
    // "Acme Director" (before "at", a comma or a name) loses the title; "Office of the Special Envoy" keeps it.
    const title = titleEndingAt(view, end - 1, first);
    const inName = title && ["of", "the", "for"].includes(view.lower(title.startToken - 1));
    if (title && title.startToken === first) return [];
    if (title && !inName) return [{ span: spanOf(view, first, title.startToken), role: "same" }];
    return [{ span, role: "same" }];
  }
  return [
    {
      span: first === start ? span : { start: view.tokens[first]?.start ?? span.start, end: span.end },
      role: "same",
    },
  ];
}
