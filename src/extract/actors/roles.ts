import type { Span } from "../../model/span.ts";
import { ORG_HEADS, SENTENCE_WORDS } from "./lexicon/words.ts";
import { isNaming, type MentionGraph } from "./mention-graph.ts";
import { isCapitalised, looksLikeAcronym } from "./names.ts";
import type { TextView } from "./text-view.ts";
import { isTitleWord, type TitleMatch, titleEndingAt } from "./title-match.ts";

/** A role while linking: mention indices stand for the entities. */
export interface RoleFact {
  readonly person: number;
  readonly title: Span;
  readonly headKey: string;
  readonly org: number | null;
  readonly span: Span;
}

/** Types that can hold an office; LOC too, since NER often types a country LOC. */
const ORG_TYPES = new Set(["ORG", "GPE", "NORP", "LOC"]);
const POSSESSIVE = /^['’]s?$/u;

/**
 * Finds titles held by people: "<Org> <Title> <Name>", "<Country> <Body> <Title> <Name>",
 * "<Country>’s <Title> <Name>", "<Title> <Name>" and "<Name>, <Title> at/of/for <Org>".
 * A body written before a title that NER missed ("Acme Council", "UN") is added as an ORG mention.
 */
export function findRoles(view: TextView, graph: MentionGraph): RoleFact[] {
  const out: RoleFact[] = [];
  for (const p of [...graph.live()]) {
    const m = graph.get(p);
    if (m.type !== "PERSON" || !isNaming(m)) continue;
    const role =
      prefixRole(view, graph, p, false) ?? prefixRole(view, graph, p, true) ?? appositiveRole(view, graph, p);
    if (role && !out.some((r) => r.span.start === role.span.start && r.span.end === role.span.end))
      out.push(role);
  }
  return out;
}

const tokenSpan = (view: TextView, from: number, to: number): Span => ({
  start: view.tokens[from]?.start ?? 0,
  end: view.tokens[to - 1]?.end ?? 0,
});

/** True when the mention's entity (by its group's type, which outvotes a stray NER type) can hold offices. */
function holdsOffices(graph: MentionGraph, i: number): boolean {
  return ORG_TYPES.has(graph.get(i).type) || ORG_TYPES.has(graph.typeOf(i));
}

/** The live ORG/GPE/NORP/LOC mention ending exactly at token k, or -1. */
function orgEndingAt(view: TextView, graph: MentionGraph, k: number): number {
  const end = view.tokens[k]?.end;
  return graph.live().find((i) => graph.get(i).end === end && holdsOffices(graph, i)) ?? -1;
}

/**
 * A title (with its body or country) written before the name: "Acme Chief Jane Roe", or with a
 * comma, "Acme’s chief, Jane Roe" / "the agency’s director, Jane Roe" (then a body or a determiner
 * must come before the title, so a bare list of words is not taken for a title).
 */
function prefixRole(view: TextView, graph: MentionGraph, p: number, comma: boolean): RoleFact | null {
  const person = graph.get(p);
  const t = view.tokenStartingAt(person.start) - (comma ? 1 : 0);
  const sentenceStart = view.sentences[view.sentenceOf(t)]?.tokenStart ?? 0;
  if (t <= sentenceStart || (comma && view.words[t] !== ",")) return null;
  const title = titleEndingAt(view, t - 1, sentenceStart);
  if (!title) return null;
  let k = title.startToken - 1;
  const possessive = k >= sentenceStart && POSSESSIVE.test(view.words[k] ?? "");
  if (possessive) k--;
  let org = k >= sentenceStart ? orgEndingAt(view, graph, k) : -1;
  if (org < 0 && !possessive && k >= sentenceStart) org = addBodyBefore(view, graph, k, sentenceStart);
  if (comma && org < 0 && !DETERMINERS.has(view.lower(title.startToken - 1))) return null;
  let from = org >= 0 ? graph.get(org).start : (view.tokens[title.startToken]?.start ?? 0);
  if (org >= 0) {
    const before = view.tokenStartingAt(graph.get(org).start) - 1;
    const country = before >= sentenceStart ? orgEndingAt(view, graph, before) : -1;
    if (country >= 0 && graph.get(country).type !== "ORG") from = graph.get(country).start;
  }
  return fact(view, p, title, org >= 0 ? org : null, { start: from, end: person.end });
}

const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our"]);

/** A capitalised run ending at token k that names a body ("Acme Council", "UN"), added as ORG. */
function addBodyBefore(view: TextView, graph: MentionGraph, k: number, min: number): number {
  let first = k + 1;
  while (first - 1 >= min && k - first < 5 && isCapitalised(view.words[first - 1] ?? "")) {
    const tok = view.tokens[first - 1];
    if (!tok || graph.overlapping(tok).length > 0) break; // "Freedonian" before the body stays its own mention
    first--;
  }
  while (first <= k && SENTENCE_WORDS.has(view.lower(first))) first++;
  if (first > k) return -1;
  const last = view.words[k] ?? "";
  const isBody = ORG_HEADS.has(last.toLowerCase()) || (first === k && looksLikeAcronym(last));
  const span = tokenSpan(view, first, k + 1);
  if (!isBody || graph.overlapping(span).length > 0) return -1;
  return graph.add({ ...span, type: "ORG", via: "rule" });
}

const PREPS = new Set(["at", "of", "for", "with", "in"]);
/** Tokens that may close an appositive title ("Jane Roe, Acme’s director, said"). */
const ENDS = new Set([",", ".", ";", ":", ")", "said", "says", "told", "and", "who", "–", "—"]);

function appositiveRole(view: TextView, graph: MentionGraph, p: number): RoleFact | null {
  const person = graph.get(p);
  const e = view.tokenEndingAt(person.end);
  if (e < 0 || view.words[e + 1] !== ",") return null;
  let s = e + 2;
  if (["the", "a", "an"].includes(view.lower(s))) s++;
  let inner = -1;
  for (let h = s; h < Math.min(s + 8, view.tokens.length); h++) {
    const tok = view.tokens[h];
    const word = view.words[h] ?? "";
    if (!tok || (tok.kind !== "word" && !POSSESSIVE.test(word))) return null;
    const title = titleEndingAt(view, h, s);
    const inMention = graph.overlapping(tok).find((i) => holdsOffices(graph, i));
    if (inMention !== undefined) inner = inMention;
    // A longer title goes on ("Chief Executive"): keep reading.
    if (title && titleEndingAt(view, h + 1, s)) continue;
    if (!title) {
      // Before the head only names, capitalised words and title words may stand ("United Nations Director").
      const allowed =
        isCapitalised(word) || POSSESSIVE.test(word) || isTitleWord(view, h) || inMention !== undefined;
      if (!allowed) return null;
      continue;
    }
    const next = view.lower(h + 1);
    if (!PREPS.has(next) && !ENDS.has(next) && view.sentenceOf(h + 1) === view.sentenceOf(h)) return null;
    let org = -1;
    if (PREPS.has(next)) {
      const at = view.lower(h + 2) === "the" ? h + 3 : h + 2;
      const start = view.tokens[at]?.start;
      org = graph.live().find((i) => graph.get(i).start === start && holdsOffices(graph, i)) ?? -1;
    }
    const end = graph.get(org >= 0 ? org : p);
    if (org < 0 && inner >= 0) {
      // "Jane Roe, Acme’s chief executive": the body is inside the phrase, the title after it.
      let first = view.tokenEndingAt(graph.get(inner).end) + 1;
      if (POSSESSIVE.test(view.words[first] ?? "")) first++;
      // The title starts after the body, unless the body runs over the head itself.
      const t: TitleMatch = {
        ...title,
        startToken: first < title.endToken ? Math.max(first, title.startToken) : title.startToken,
      };
      return fact(view, p, t, inner, { start: person.start, end: view.tokens[h]?.end ?? person.end });
    }
    const t: TitleMatch = { ...title, startToken: s };
    const spanEnd = org >= 0 ? end.end : (view.tokens[h]?.end ?? person.end);
    return fact(view, p, t, org >= 0 ? org : null, { start: person.start, end: spanEnd });
  }
  return null;
}

function fact(view: TextView, person: number, title: TitleMatch, org: number | null, span: Span): RoleFact {
  return {
    person,
    title: tokenSpan(view, title.startToken, title.endToken),
    headKey: title.headKey,
    org,
    span,
  };
}
