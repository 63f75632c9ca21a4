import type { Entity, Mention, Role } from "../../model/layers.ts";
import { isNaming, type MentionGraph } from "./mention-graph.ts";
import { keyWords, nameKey } from "./names.ts";
import type { RoleFact } from "./roles.ts";
import type { TextView } from "./text-view.ts";

/** How sure each way of finding a mention is: the surest wins when two share a span. */
const VIA_RANK: Record<Mention["via"], number> = {
  ner: 0,
  acronym: 1,
  alias: 2,
  rule: 3,
  description: 4,
  pronoun: 5,
};

/**
 * Turns the linked mention groups into entities, numbered e1, e2, … in order of first mention.
 * The name is the acronym's long form when there is one, else the fullest form (most words, then
 * most characters, then most accented letters, then the first); aliases are the other surface
 * forms of naming mentions, in order of appearance. Roles get the entity ids of their groups.
 */
export function buildEntities(
  view: TextView,
  graph: MentionGraph,
  facts: readonly RoleFact[],
): { entities: Entity[]; roles: Role[] } {
  const groups = new Map<number, number[]>();
  for (const i of graph.live()) {
    const root = graph.find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  const ordered = [...groups.values()]
    .map((members) => dedupe(graph, members))
    .filter((members) => members.some((i) => isNaming(graph.get(i))))
    .sort((a, b) => graph.get(a[0] ?? 0).start - graph.get(b[0] ?? 0).start);
  const idOf = new Map<number, string>();
  const nationalities = new Set(
    graph
      .live()
      .filter((i) => graph.get(i).type === "NORP")
      .map((i) => view.slice(graph.get(i))),
  );
  const entities = ordered.map((members, n): Entity => {
    const id = `e${n + 1}`;
    for (const i of members) idOf.set(graph.find(i), id);
    const naming = members.filter((i) => isNaming(graph.get(i)));
    const name = view.slice(graph.get(pickName(view, graph, naming)));
    const aliases: string[] = [];
    for (const i of naming) {
      const surface = view.slice(graph.get(i));
      if (surface !== name && !aliases.includes(surface)) aliases.push(surface);
    }
    const type = graph.typeOf(members[0] ?? 0);
    if (type === "ORG")
      for (const surface of [name, ...aliases]) {
        const bare = withoutNationality(surface, nationalities);
        if (bare && bare !== name && !aliases.includes(bare)) aliases.push(bare);
      }
    return {
      id,
      type,
      name,
      aliases,
      mentions: members.map((i) => graph.get(i)),
    };
  });
  const roles: Role[] = [];
  for (const f of facts) {
    const person = idOf.get(graph.find(f.person));
    if (!person) continue;
    const org = f.org === null ? null : (idOf.get(graph.find(f.org)) ?? null);
    roles.push({ person, title: f.title, org, span: f.span });
  }
  return { entities, roles };
}

/**
 * "Kestrel Transitional Council" for "Veloran Kestrel Transitional Council" when "Veloran" is a
 * nationality elsewhere in the document: news often puts the country's adjective before a body's
 * name, and other reports name the body without it. Only for names of three words or more, so
 * the remainder is still a name; null otherwise.
 */
function withoutNationality(surface: string, nationalities: ReadonlySet<string>): string | null {
  const words = surface.split(/\s+/u);
  if (words.length < 3 || !nationalities.has(words[0] ?? "")) return null;
  return words.slice(1).join(" ");
}

/** The group's mentions sorted by start, one per span (the surest). */
function dedupe(graph: MentionGraph, members: readonly number[]): number[] {
  const bySpan = new Map<string, number>();
  for (const i of members) {
    const m = graph.get(i);
    const key = `${m.start}:${m.end}`;
    const seen = bySpan.get(key);
    if (seen === undefined || VIA_RANK[m.via] < VIA_RANK[graph.get(seen).via]) bySpan.set(key, i);
  }
  return [...bySpan.values()].sort(
    (a, b) => graph.get(a).start - graph.get(b).start || graph.get(a).end - graph.get(b).end,
  );
}

function pickName(view: TextView, graph: MentionGraph, naming: readonly number[]): number {
  const long = naming.find((i) => graph.longForms.has(i));
  if (long !== undefined) return long;
  // Ties go to accents, then to a form without a leading "The".
  const score = (i: number): number[] => {
    const surface = view.slice(graph.get(i));
    const accents = surface.normalize("NFD").length - surface.length;
    // nameKey drops a leading "The": "The United Nations" is no fuller than "United Nations".
    const theless = surface.replace(/^the\s+/i, "");
    // A dateline's capitals ("MAPUTO", "UNITED NATIONS") lose to any form the story writes ("U.N.").
    const written = /\p{Ll}/u.test(surface) || !/\p{L}{4}/u.test(surface) ? 1 : 0;
    return [
      written,
      keyWords(nameKey(surface)).length,
      theless.length,
      accents + (theless === surface ? 0.5 : 0),
    ];
  };
  const better = (a: number[], b: number[]): boolean => {
    const k = a.findIndex((x, n) => x !== b[n]);
    return k >= 0 && (a[k] ?? 0) > (b[k] ?? 0);
  };
  let best = naming[0] ?? 0;
  for (const i of naming) if (better(score(i), score(best))) best = i;
  return best;
}
