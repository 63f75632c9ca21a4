import { type Gender, pronounGender } from "./gender.ts";
import { HUMAN_NOUNS, PREPOSITIONS } from "./lexicon/words.ts";
import type { MentionGraph } from "./mention-graph.ts";
import type { RoleFact } from "./roles.ts";
import { subjectOf } from "./salience.ts";
import type { TextView } from "./text-view.ts";

const POSSESSIVES = new Set(["his", "her"]);

/**
 * Resolves he/him/his/himself and she/her/hers/herself outside quotations to a person named in the
 * same or the two previous sentences: the only gender-compatible person of the nearest sentence
 * that has one, else that sentence's subject; a fronted "In his report, Jane Roe …" points forward.
 * A person noun in between ("the officer") or any doubt leaves the pronoun unresolved.
 */
export function resolvePronouns(
  view: TextView,
  graph: MentionGraph,
  roles: readonly RoleFact[],
  gender: Map<number, Gender>,
): void {
  const personRoots = new Set(
    graph
      .live()
      .filter((i) => graph.get(i).type === "PERSON")
      .map((i) => graph.find(i)),
  );
  for (const root of [...personRoots]) if (graph.typeOf(root) !== "PERSON") personRoots.delete(root);
  const isPerson = (i: number): boolean => personRoots.has(graph.find(i));
  const roleStart = (start: number): number =>
    roles.find((r) => r.span.end >= start && r.span.start < start)?.span.start ?? start;
  const fits = (i: number, g: Gender): boolean => (gender.get(graph.find(i)) ?? g) === g;
  for (let t = 0; t < view.tokens.length; t++) {
    const g = pronounGender(view.words[t] ?? "");
    const tok = view.tokens[t];
    if (!g || !tok || view.inQuote(tok.start) || graph.overlapping(tok).length > 0) continue;
    const forward = cataphor(view, graph, t, g, fits);
    if (forward === "blocked") continue;
    const target = forward ?? antecedent(view, graph, t, g, fits, isPerson, roleStart);
    if (target === null || blocked(view, graph, roles, graph.get(target).end, tok.start)) continue;
    const idx = graph.add({ start: tok.start, end: tok.end, type: "PERSON", via: "pronoun" });
    graph.union(idx, target);
    if (!gender.has(graph.find(target))) gender.set(graph.find(target), g);
  }
}

/** "In his report, Jane Roe wrote": a possessive in a fronted phrase names the subject after the comma. */
function cataphor(
  view: TextView,
  graph: MentionGraph,
  t: number,
  g: Gender,
  fits: (i: number, g: Gender) => boolean,
): number | "blocked" | null {
  const s = view.sentences[view.sentenceOf(t)];
  if (!s || !POSSESSIVES.has(view.lower(t)) || !PREPOSITIONS.has(view.lower(s.tokenStart))) return null;
  let comma = t + 1;
  while (comma < s.tokenEnd && view.words[comma] !== "," && comma - t < 6) comma++;
  const start = view.tokens[comma + 1]?.start;
  if (view.words[comma] !== ",") return null;
  const m = graph.live().find((i) => graph.get(i).start === start && graph.get(i).type === "PERSON");
  if (m !== undefined && fits(m, g)) return m;
  // "In her letter, Acme Council …": the phrase points forward to a name that is not a fitting
  // person, so looking back would guess.
  return /^\p{Lu}/u.test(view.words[comma + 1] ?? "") ? "blocked" : null;
}

function antecedent(
  view: TextView,
  graph: MentionGraph,
  t: number,
  g: Gender,
  fits: (i: number, g: Gender) => boolean,
  isPerson: (i: number) => boolean,
  roleStart: (start: number) => number,
): number | null {
  const here = view.sentenceOf(t);
  const at = view.tokens[t]?.start ?? 0;
  for (let s = here; s >= Math.max(0, here - 2); s--) {
    const sent = view.sentences[s];
    if (!sent) continue;
    const inSentence = graph.live().filter((i) => {
      const m = graph.get(i);
      return (
        m.start >= sent.start && m.end <= sent.end && m.end <= at && !view.inQuote(m.start) && isPerson(i)
      );
    });
    const compatible = inSentence.filter((i) => fits(i, g));
    const groups = new Set(compatible.map((i) => graph.find(i)));
    if (groups.size === 0) continue;
    const last = compatible[compatible.length - 1];
    if (groups.size === 1) return last ?? null;
    if (s === here && /^him$/i.test(view.words[t] ?? "")) return null;
    const subject = subjectOf(view, graph, s, roleStart, isPerson);
    return subject >= 0 && isPerson(subject) && fits(subject, g) ? subject : null;
  }
  return null;
}

/** True when a person noun outside any name stands between the antecedent and the pronoun. */
function blocked(
  view: TextView,
  graph: MentionGraph,
  roles: readonly RoleFact[],
  from: number,
  to: number,
): boolean {
  for (let k = view.firstTokenFrom(from); k < view.tokens.length && (view.tokens[k]?.end ?? to) <= to; k++) {
    const tok = view.tokens[k];
    if (!tok || !HUMAN_NOUNS.has(view.lower(k).replace(/s$/, "")) || view.inQuote(tok.start)) continue;
    if (graph.overlapping(tok).length > 0) continue;
    if (roles.some((r) => r.title.start <= tok.start && tok.end <= r.title.end)) continue;
    return true;
  }
  return false;
}
