import { knownFormKey } from "./known-forms.ts";
import { isIdentifying, nameKey } from "./names.ts";
import { type DossierDoc, type Evidence, evidenceOf } from "./types.ts";
import { UnionFind } from "./union-find.ts";

/** A person's decision about actor identity: these two names are one actor, or must stay apart. */
export interface ActorLink {
  readonly action: "merge" | "split";
  readonly a: string;
  readonly b: string;
}

/** One actor across the dossier: every entity of every document that names it. */
export interface Actor {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  documents: number;
  mentions: Evidence[];
  /** Which entity of which document belongs to this actor. */
  refs: { docId: string; entityId: string }[];
}

/**
 * Merges the entities of all documents into actors. Two entities are one actor when they share an
 * identifying form (a full name, a long form or an acronym of a non-person), and a person's `merge`
 * and `split` links are applied on top: splits win over any automatic match.
 */
export function buildActors(docs: readonly DossierDoc[], links: readonly ActorLink[] = []): Actor[] {
  const splits = links.filter((l) => l.action === "split").map((l) => [nameKey(l.a), nameKey(l.b)] as const);
  const uf = new UnionFind(splits);
  const entityNode = (docId: string, id: string): string => `ent:${docId}/${id}`;
  const nodesByForm = new Map<string, string[]>();
  for (const doc of docs) {
    for (const e of doc.result.entities) {
      const node = entityNode(doc.id, e.id);
      for (const form of new Set([e.name, ...e.aliases].map(nameKey))) {
        uf.label(node, form);
        nodesByForm.set(form, [...(nodesByForm.get(form) ?? []), node]);
      }
    }
  }
  // Persons and organisations live in separate form spaces: "Jordan" the person is not "Jordan" the country.
  // Well-known short forms ("U.S.", "UK") meet their long forms across documents.
  const formNode = (type: string, form: string): string =>
    type === "PERSON" ? `P:${nameKey(form)}` : `O:${knownFormKey(form)}`;
  for (const doc of docs) {
    for (const e of doc.result.entities) {
      for (const form of [e.name, ...e.aliases]) {
        if (isIdentifying(form, e.type)) uf.union(formNode(e.type, form), entityNode(doc.id, e.id));
      }
    }
  }
  // A merge joins every entity that uses either form, identifying or not ("Ruiz" and "Ana Ruiz").
  for (const l of links.filter((x) => x.action === "merge")) {
    const nodes = [...(nodesByForm.get(nameKey(l.a)) ?? []), ...(nodesByForm.get(nameKey(l.b)) ?? [])];
    for (const n of nodes.slice(1)) uf.union(nodes[0] as string, n);
  }
  return collect(docs, (k) => uf.find(k), entityNode);
}

function collect(
  docs: readonly DossierDoc[],
  find: (k: string) => string,
  node: (d: string, e: string) => string,
): Actor[] {
  const groups = new Map<string, Actor & { forms: Map<string, number> }>();
  for (const doc of docs) {
    for (const e of doc.result.entities) {
      const root = find(node(doc.id, e.id));
      let g = groups.get(root);
      if (!g) {
        g = {
          key: root,
          name: e.name,
          type: e.type,
          aliases: [],
          documents: 0,
          mentions: [],
          refs: [],
          forms: new Map(),
        };
        groups.set(root, g);
      }
      if (!g.refs.some((r) => r.docId === doc.id)) g.documents++;
      g.refs.push({ docId: doc.id, entityId: e.id });
      for (const form of [e.name, ...e.aliases]) g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
      // The canonical name is the longest full form seen anywhere.
      if (e.name.length > g.name.length) g.name = e.name;
      g.mentions.push(...e.mentions.map((m) => evidenceOf(doc, m)));
    }
  }
  return [...groups.values()]
    .map(({ forms, ...actor }) => ({
      ...actor,
      aliases: [...forms.keys()].filter((f) => f !== actor.name).sort(),
    }))
    .sort(
      (a, b) =>
        b.documents - a.documents || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
    );
}

/** The actor a person typed: by name, alias or key, diacritics and case ignored. */
export function findActor(actors: readonly Actor[], query: string): Actor | null {
  const key = nameKey(query);
  return (
    actors.find((a) => nameKey(a.name) === key) ??
    actors.find((a) => a.aliases.some((x) => nameKey(x) === key)) ??
    actors.find((a) => nameKey(a.name).includes(key)) ??
    null
  );
}
