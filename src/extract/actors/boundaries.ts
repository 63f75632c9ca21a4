import { GIVEN_NAME_GENDER } from "./lexicon/given-names.ts";
import { DATE_WORDS, MASTHEADS, ORG_HEADS, SENTENCE_WORDS } from "./lexicon/words.ts";
import type { MentionGraph } from "./mention-graph.ts";
import type { TextView } from "./text-view.ts";
import { titleEndingAt } from "./title-match.ts";

/**
 * Repairs a body's name that NER cut short on the left ("Transitional Presidential | Council",
 * "New | York Times"): an ORG or MISC mention takes in the capitalised words right before it that
 * no other mention covers, up to four, stopping at a title head, a date word, a function word,
 * or another sentence. A name ending in a body's head word ("Council") becomes ORG.
 */
export function extendBodyNames(view: TextView, graph: MentionGraph): void {
  for (const i of [...graph.live()]) {
    const m = graph.get(i);
    if ((m.type !== "ORG" && m.type !== "MISC") || m.via !== "ner") continue;
    const first = view.tokenStartingAt(m.start);
    if (first < 0) continue;
    const sentence = view.sentenceOf(first);
    let start = first;
    while (start - 1 >= 0 && first - (start - 1) <= 4 && view.sentenceOf(start - 1) === sentence) {
      const k = start - 1;
      const word = view.words[k] ?? "";
      const lower = word.toLowerCase();
      const plain = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) && view.tokens[k]?.kind === "word";
      if (!plain || SENTENCE_WORDS.has(lower) || DATE_WORDS.has(lower)) break;
      if (titleEndingAt(view, k, k) || graph.overlapping(view.tokens[k] ?? m).length > 0) break;
      start = k;
    }
    if (start === first) continue;
    const last = view.lower(view.tokenEndingAt(m.end));
    const type = ORG_HEADS.has(last) ? "ORG" : m.type;
    graph.replace(i, { ...m, start: view.tokens[start]?.start ?? m.start, type });
  }
}

/**
 * Repairs a body's name NER cut short on the right ("Veloria | Herald", "Acme | Bank"): a mention
 * followed in the same sentence by one or two capitalised words that no mention covers, the last
 * a masthead or a body's head word, takes them in and becomes ORG.
 */
export function extendBodyNamesRight(view: TextView, graph: MentionGraph): void {
  for (const i of [...graph.live()]) {
    const m = graph.get(i);
    if (m.via !== "ner" || m.type === "PERSON") continue;
    const last = view.tokenEndingAt(m.end);
    if (last < 0) continue;
    for (const n of [2, 1]) {
      const words = view.words.slice(last + 1, last + 1 + n);
      const end = last + n;
      if (words.length < n || view.sentenceOf(end) !== view.sentenceOf(last)) continue;
      if (!words.every((w, k) => /^\p{Lu}\p{Ll}/u.test(w) && view.tokens[last + 1 + k]?.kind === "word"))
        continue;
      const head = (words[n - 1] ?? "").toLowerCase();
      if (!MASTHEADS.has(head) && !ORG_HEADS.has(head)) continue;
      const tail = { start: view.tokens[last + 1]?.start ?? m.end, end: view.tokens[end]?.end ?? m.end };
      if (graph.overlapping(tail).length > 0) continue;
      graph.replace(i, { ...m, end: tail.end, type: "ORG" });
      break;
    }
  }
}

/**
 * A name of two words or more that ends in a body's head word is an organisation, whatever NER's type
 * ("World Food Programme" tagged MISC, "Rapid Support Forces"). Persons and places keep theirs.
 */
export function retypeBodyNames(view: TextView, graph: MentionGraph): void {
  for (const i of [...graph.live()]) {
    const m = graph.get(i);
    if (m.via !== "ner" || m.type !== "MISC") continue;
    const words = view.text.slice(m.start, m.end).split(/\s+/u);
    if (words.length < 2 || !ORG_HEADS.has((words[words.length - 1] ?? "").toLowerCase())) continue;
    graph.replace(i, { ...m, type: "ORG" });
  }
}

/** "Moulay Brahim, a village south of …": a settlement named by its appositive. */
const SETTLEMENT_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:village|town|city|hamlet|suburb|neighbou?rhood|district|municipality|commune)(?=\s*[,.;]|\s+(?:in|of|near|outside|on|where|that|which|south|north|east|west|about|some|\d))/u;
/** "the High Atlas mountains", "the Tana river": a place named by the common noun after it. */
const LANDFORM_AFTER =
  /^\s+(?:mountains|mountain|range|river|valley|desert|plateau|lake|coast|peninsula|delta|basin)\b/u;

/**
 * Retypes a name by the words around it: a settlement's appositive makes it a GPE ("Moulay Brahim, a
 * village …" tagged PERSON), a landform's noun after it a LOC ("High Atlas mountains" tagged ORG).
 */
export function retypePlaces(view: TextView, graph: MentionGraph): void {
  for (const i of [...graph.live()]) {
    const m = graph.get(i);
    const after = view.text.slice(m.end, m.end + 60);
    // "GENEVA (Reuters) - …": the place a dateline opens with.
    if (
      m.via === "ner" &&
      m.type !== "GPE" &&
      /(?:^|\n)$/.test(view.text.slice(Math.max(0, m.start - 1), m.start)) &&
      /^\p{Lu}[\p{Lu}\s.'-]*$/u.test(view.text.slice(m.start, m.end)) &&
      /^(?:,[^\n]{0,30})?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]/u.test(after)
    ) {
      graph.replace(i, { ...m, type: "GPE" });
      continue;
    }
    // "CARACAS (AP) — …": the agency in a dateline's brackets.
    if (m.via === "ner" && m.type !== "ORG" && view.text[m.start - 1] === "(" && /^\)\s*[-–—]/u.test(after)) {
      graph.replace(i, { ...m, type: "ORG" });
      continue;
    }
    if (m.via !== "ner" || m.type === "GPE" || m.type === "LOC") continue;
    if (SETTLEMENT_AFTER.test(after)) graph.replace(i, { ...m, type: "GPE" });
    else if (LANDFORM_AFTER.test(after)) graph.replace(i, { ...m, type: "LOC" });
  }
}

/**
 * "María | Corina Machado": a given name that NER left out of (or typed apart from) the person right after
 * it joins the person's name.
 */
export function joinGivenNames(view: TextView, graph: MentionGraph): void {
  for (const i of [...graph.live()]) {
    const m = graph.get(i);
    if (m.type !== "PERSON") continue;
    const first = view.tokenStartingAt(m.start);
    const k = first - 1;
    const tok = view.tokens[k];
    if (!tok || tok.end + 1 !== m.start || view.text[tok.end] !== " ") continue;
    const word = view.words[k] ?? "";
    const key = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !GIVEN_NAME_GENDER.has(key)) continue;
    const other = graph.overlapping(tok);
    if (other.some((j) => graph.get(j).type === "PERSON" || graph.get(j).start < tok.start)) continue;
    for (const j of other) graph.drop(j);
    graph.replace(i, { ...m, start: tok.start });
  }
}
