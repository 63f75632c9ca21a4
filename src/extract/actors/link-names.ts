import { spellsOut } from "./acronyms.ts";
import { isNaming, type MentionGraph } from "./mention-graph.ts";
import { acronymLetters, keyWords, looksLikeAcronym, nameKey } from "./names.ts";
import type { TextView } from "./text-view.ts";
import { honorificAt } from "./title-match.ts";

/**
 * Joins mentions that spell the same name: identical up to diacritics, case and possessive
 * ("José"/"Jose", "Roe’s"); an undefined acronym whose letters spell exactly one multi-word
 * name in the document ("AU" and "African Union"); and a capitalised word after an honorific
 * ("Ms. Roe") becomes a PERSON mention when NER missed it.
 */
export function linkSameNames(view: TextView, graph: MentionGraph): void {
  addHonorificNames(view, graph);
  const byKey = new Map<string, number>();
  for (const i of graph.live()) {
    const m = graph.get(i);
    if (!isNaming(m)) continue;
    const key = nameKey(view.text.slice(m.start, m.end));
    if (key.length === 0) continue;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else graph.union(first, i);
  }
  linkImplicitAcronyms(view, graph);
}

/** "Mr. Roe", "Dr. Jane Roe": the capitalised words after an honorific, when no mention covers them. */
function addHonorificNames(view: TextView, graph: MentionGraph): void {
  for (let i = 0; i < view.tokens.length - 1; i++) {
    if (honorificAt(view, i) === undefined || !/\.$|^\p{Lu}\p{Ll}+$/u.test(view.words[i] ?? "")) continue;
    // Title-like honorifics ("Gen", "Sen") only count with their period; "Sir"/"Madam" as words.
    let end = i + 1;
    while (end < view.tokens.length && end - i <= 3 && isNameWord(view.words[end] ?? "")) end++;
    if (end === i + 1) continue;
    const span = { start: view.tokens[i + 1]?.start ?? 0, end: view.tokens[end - 1]?.end ?? 0 };
    if (graph.overlapping(span).length === 0) graph.add({ ...span, type: "PERSON", via: "rule" });
  }
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(word) && !looksLikeAcronym(word);
}

/** Links acronyms nobody defined to the one multi-word ORG/GPE/LOC name in the text they spell. */
function linkImplicitAcronyms(view: TextView, graph: MentionGraph): void {
  const names = graph.live().filter((i) => {
    const m = graph.get(i);
    return m.type !== "PERSON" && isNaming(m) && keyWords(nameKey(view.slice(m))).length >= 2;
  });
  const defined = new Set<number>([...graph.longForms].map((i) => graph.find(i)));
  const spelled = new Map<string, number[]>();
  for (let t = 0; t < view.tokens.length; t++) {
    const word = view.words[t] ?? "";
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(word);
    if (!looksLikeAcronym(word) && !dotted) continue;
    const letters = acronymLetters(word.replace(/\./g, ""));
    const tok = view.tokens[t];
    if (!tok) continue;
    const over = graph.overlapping(tok);
    const own = over.find((i) => graph.get(i).start === tok.start && graph.get(i).end === tok.end);
    if ((own === undefined && over.length > 0) || (own !== undefined && defined.has(graph.find(own))))
      continue;
    // The names a spelling fits do not change while this runs: work them out once per spelling.
    let fitting = spelled.get(letters);
    if (!fitting) {
      fitting = names.filter((i) => {
        const m = graph.get(i);
        const first = view.tokenStartingAt(m.start);
        const end = view.tokenEndingAt(m.end);
        return first >= 0 && end >= first && spellsOut(view, first, end + 1, letters);
      });
      spelled.set(letters, fitting);
    }
    const groups = new Set(fitting.map((i) => graph.find(i)));
    const [group] = groups;
    if (groups.size !== 1 || group === undefined) continue;
    const target =
      own ?? graph.add({ start: tok.start, end: tok.end, type: graph.typeOf(group), via: "acronym" });
    graph.union(target, group);
  }
}
