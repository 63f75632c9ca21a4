import type { EntityType } from "../../model/layers.ts";
import { SENTENCE_WORDS } from "./lexicon/words.ts";
import { isNaming, type MentionGraph } from "./mention-graph.ts";
import { isCapitalised, keyWords, nameKey } from "./names.ts";
import { subjectOf } from "./salience.ts";
import type { TextView } from "./text-view.ts";

/** Head nouns of definite descriptions and the entity type they refer to. */
const PLACE_HEADS = new Set(["nation", "country", "island", "capital"]);
/** Bodies that name themselves by their head word ("the ministry" → "… Ministry"). */
const ECHOED = [
  "ministry",
  "council",
  "commission",
  "committee",
  "tribunal",
  "court",
  "parliament",
  "programme",
];
const BODY_HEADS = new Set([
  "body",
  "organization",
  "organisation",
  "mission",
  "agency",
  "bloc",
  "alliance",
  ...ECHOED,
]);
/** Heads that must be echoed in the name ("the mission" → "… Mission", "… Force"). */
const NAMED_HEADS = new Map([
  ["mission", ["mission", "force", "operation"]],
  ["agency", ["agency", "organization", "organisation", "programme", "program", "office", "fund"]],
  ...ECHOED.map((head): [string, string[]] => [head, [head]]),
]);

/**
 * Resolves "the <adj> nation/country/island" to the most recent country-like GPE, "the capital"
 * to the most recent city, and "the <adj> body/organization/mission/agency" to the most recent
 * fitting ORG — never to the subject of the same sentence ("Acme urged the body …").
 */
export function resolveDescriptions(view: TextView, graph: MentionGraph): void {
  const cities = cityRoots(view, graph);
  const types = new Map<number, EntityType>();
  const typeOf = (i: number): EntityType => {
    const root = graph.find(i);
    const known = types.get(root) ?? graph.typeOf(root);
    types.set(root, known);
    return known;
  };
  for (let t = 0; t < view.tokens.length; t++) {
    if (view.lower(t) !== "the") continue;
    const head = headAfter(view, t);
    if (head < 0) continue;
    const span = { start: view.tokens[t]?.start ?? 0, end: view.tokens[head]?.end ?? 0 };
    // Names inside the adjectives ("the Caribbean nation") may stay; a name over the head may not.
    const headSpan = view.tokens[head] ?? span;
    const over = graph.overlapping(span);
    if (
      over.some(
        (i) =>
          graph.get(i).type === "PERSON" || graph.get(i).type === "ORG" || graph.get(i).end > headSpan.start,
      )
    )
      continue;
    const noun = view.lower(head);
    const subject = subjectOf(view, graph, view.sentenceOf(t), (s) => s);
    const fits = (i: number): boolean => {
      const type = typeOf(i);
      const root = graph.find(i);
      if (subject >= 0 && graph.find(subject) === root) return false;
      if (noun === "capital") return type === "GPE" && cities.has(root);
      if (PLACE_HEADS.has(noun))
        return (type === "GPE" || (noun === "island" && type === "LOC")) && !cities.has(root);
      if (type !== "ORG") return false;
      const echo = NAMED_HEADS.get(noun);
      return (
        !echo ||
        graph
          .members(i)
          .some((j) => keyWords(nameKey(view.slice(graph.get(j)))).some((w) => echo.includes(w)))
      );
    };
    const before = graph.live().filter((i) => graph.get(i).end <= span.start && isNaming(graph.get(i)));
    const target = before.reverse().find(fits);
    if (target === undefined) continue;
    const type: EntityType = PLACE_HEADS.has(noun) ? typeOf(target) : "ORG";
    graph.union(graph.add({ ...span, type, via: "description" }), target);
  }
}

/** The head token of "the [adj] [adj] HEAD" starting at token t, or -1. */
function headAfter(view: TextView, t: number): number {
  for (let n = 2; n >= 0; n--) {
    const h = t + 1 + n;
    const noun = view.lower(h);
    if (!PLACE_HEADS.has(noun) && !BODY_HEADS.has(noun)) continue;
    const adjectives = view.words.slice(t + 1, h);
    const ok = adjectives.every(
      (w, k) =>
        view.tokens[t + 1 + k]?.kind === "word" &&
        /^\p{L}[\p{L}-]*$/u.test(w) &&
        !SENTENCE_WORDS.has(w.toLowerCase()),
    );
    if (!ok) continue;
    if (isCapitalised(view.words[h] ?? "") && adjectives.some(isCapitalised)) return -1; // a proper name
    const next = view.words[h + 1] ?? "";
    if (next.toLowerCase() === "of" || (isCapitalised(next) && !/^['’]s$/u.test(next))) return -1;
    return h;
  }
  return -1;
}

/**
 * Groups that are cities: written "capital, X", "city of X", "town of X", or "X, <another GPE>"
 * outside a list.
 */
function cityRoots(view: TextView, graph: MentionGraph): Set<number> {
  const out = new Set<number>();
  for (const i of graph.live()) {
    const m = graph.get(i);
    if (m.type !== "GPE") continue;
    const t = view.tokenStartingAt(m.start);
    const b1 = view.lower(t - 1);
    const b2 = view.lower(t - 2);
    if ((b1 === "," && b2 === "capital") || (b1 === "of" && ["city", "town", "capital"].includes(b2)))
      out.add(graph.find(i));
    const after = view.tokenEndingAt(m.end) + 1;
    const nextStart = view.tokens[after + 1]?.start;
    if (view.words[after] !== ",") continue;
    const next = graph.live().find((j) => graph.get(j).start === nextStart && graph.get(j).type === "GPE");
    if (next === undefined || graph.find(next) === graph.find(i)) continue;
    // "A, B, C and D" is a list of places, not "City, Country".
    const afterNext = view.lower(view.tokenEndingAt(graph.get(next).end) + 1);
    if (b1 !== "," && ![",", "and", "or"].includes(afterNext)) out.add(graph.find(i));
  }
  return out;
}
