import { ACRONYM_FUNCTION_WORDS, SENTENCE_WORDS } from "./lexicon/words.ts";
import { isNaming, type MentionGraph } from "./mention-graph.ts";
import { isCapitalised, keyWords, nameKey } from "./names.ts";
import type { TextView } from "./text-view.ts";

const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

interface FullName {
  readonly index: number;
  readonly first: string;
  readonly last: string;
  readonly size: number;
}

/** The words of a person's name without generational suffixes. */
function personWords(view: TextView, graph: MentionGraph, i: number): string[] {
  const words = keyWords(nameKey(view.slice(graph.get(i))));
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words;
}

/**
 * Joins short forms of a person's name to the full name: the surname alone ("Roe", also where NER
 * typed it ORG or MISC) or first and last name without the middle ones. The full name named most
 * recently before wins when only one person has that surname there; otherwise the only one named
 * after; two candidates leave the mention alone.
 */
export function linkSurnames(view: TextView, graph: MentionGraph): void {
  const full: FullName[] = [];
  for (const i of graph.live()) {
    const m = graph.get(i);
    if (m.type !== "PERSON" || !isNaming(m)) continue;
    const w = personWords(view, graph, i);
    if (w.length >= 2)
      full.push({ index: i, first: w[0] ?? "", last: w[w.length - 1] ?? "", size: w.length });
  }
  for (const i of graph.live()) {
    const m = graph.get(i);
    if (!isNaming(m) || !["PERSON", "ORG", "MISC"].includes(m.type)) continue;
    const w = personWords(view, graph, i);
    if (m.type !== "PERSON" && w.length !== 1) continue;
    const fits = full.filter((f) =>
      w.length === 1 ? f.last === w[0] : f.size > w.length && f.first === w[0] && f.last === w[w.length - 1],
    );
    // Failing a surname, a lone word may be the given name of one person ("Kim" for "Kim Jong-un",
    // where the family name comes first); only for mentions NER itself called a person.
    const byGiven = w.length === 1 && m.type === "PERSON" ? full.filter((f) => f.first === w[0]) : [];
    const target = pickTarget(graph, fits, i) ?? (fits.length === 0 ? pickTarget(graph, byGiven, i) : null);
    if (target === null) continue;
    if (m.type !== "PERSON") graph.replace(i, { ...m, type: "PERSON" });
    graph.union(i, target);
  }
}

function pickTarget(graph: MentionGraph, fits: readonly FullName[], i: number): number | null {
  const start = graph.get(i).start;
  const others = fits.filter((f) => graph.find(f.index) !== graph.find(i));
  if (others.length < fits.length) return null; // already one of them
  const before = new Set(
    others.filter((f) => graph.get(f.index).start < start).map((f) => graph.find(f.index)),
  );
  const after = new Set(others.map((f) => graph.find(f.index)));
  const pool = before.size > 0 ? before : after;
  const [only] = pool;
  return pool.size === 1 && only !== undefined ? only : null;
}

/**
 * Finds later uses of a known name that NER missed ("Roe" after "Jane Roe", a second "Acme
 * Holdings") and adds them with via "alias", replacing NER fragments inside a multi-word name.
 * Only capitalised words that are not ordinary words of this text, and only names that point to
 * a single actor.
 */
export function addMissedAliases(view: TextView, graph: MentionGraph): void {
  const patterns = new Map<string, Map<number, string[]>>();
  const addPattern = (words: string[], group: number): void => {
    const key = words.join(" ");
    const groups = patterns.get(key) ?? new Map<number, string[]>();
    groups.set(group, words);
    patterns.set(key, groups);
  };
  for (const i of graph.live()) {
    const m = graph.get(i);
    if (!isNaming(m)) continue;
    const words = keyWords(nameKey(view.slice(m)));
    if (words.length > 0) addPattern(words, graph.find(i));
    if (m.type === "PERSON" && words.length >= 2)
      addPattern(personWords(view, graph, i).slice(-1), graph.find(i));
  }
  const lowerWords = new Set(view.words.filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
  // Patterns by first word, longest first, so each token tries only the names it could start.
  const byFirst = new Map<string, [string[], Map<number, string[]>][]>();
  for (const [key, groups] of patterns) {
    const words = key.split(" ");
    const list = byFirst.get(words[0] ?? "") ?? [];
    list.push([words, groups]);
    byFirst.set(words[0] ?? "", list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  for (let t = 0; t < view.tokens.length; t++) {
    const word = view.words[t] ?? "";
    if (!isCapitalised(word)) continue;
    for (const [words, groups] of byFirst.get(nameKey(word)) ?? []) {
      if (groups.size !== 1 || !matchesAt(view, t, words)) continue;
      if (words.length === 1 && (lowerWords.has(words[0] ?? "") || SENTENCE_WORDS.has(words[0] ?? "")))
        continue;
      if (words.length === 1 && (words[0]?.length ?? 0) < 3) continue;
      const span = { start: view.tokens[t]?.start ?? 0, end: view.tokens[t + words.length - 1]?.end ?? 0 };
      // A known multi-word name written again repairs NER fragments inside it ("Human" | "Rights Watch").
      const over = graph.overlapping(span);
      const inside = over.every((i) => graph.get(i).start >= span.start && graph.get(i).end <= span.end);
      if (
        over.length > 0 &&
        (words.length < 2 ||
          !inside ||
          over.some((i) => graph.get(i).end - graph.get(i).start === span.end - span.start))
      )
        continue;
      for (const i of over) graph.drop(i);
      const [group] = groups.keys();
      if (group === undefined) continue;
      graph.union(graph.add({ ...span, type: graph.typeOf(group), via: "alias" }), group);
      t += words.length - 1;
      break;
    }
  }
}

function matchesAt(view: TextView, t: number, words: readonly string[]): boolean {
  return words.every((w, k) => {
    const word = view.words[t + k] ?? "";
    // Inner function words stay lower case in names ("Voice of America", "Bank for Peace").
    const capitalOk =
      isCapitalised(word) || (k > 0 && k < words.length - 1 && ACRONYM_FUNCTION_WORDS.has(word));
    return capitalOk && nameKey(word) === w;
  });
}

/**
 * Joins a shortened organisation name to the one longer name it ends ("Security Council" after
 * "Acme Security Council"): at least two words, and only when a single longer name fits.
 */
export function linkShortOrgNames(view: TextView, graph: MentionGraph): void {
  const orgs = graph.live().filter((i) => graph.get(i).type === "ORG" && isNaming(graph.get(i)));
  const words = new Map(orgs.map((i) => [i, keyWords(nameKey(view.slice(graph.get(i))))]));
  for (const i of orgs) {
    const short = words.get(i) ?? [];
    if (short.length < 2) continue;
    const longer = new Set(
      orgs
        .filter((j) => {
          const w = words.get(j) ?? [];
          return w.length > short.length && w.slice(-short.length).join(" ") === short.join(" ");
        })
        .map((j) => graph.find(j)),
    );
    const [only] = longer;
    if (longer.size === 1 && only !== undefined) graph.union(i, only);
  }
}
