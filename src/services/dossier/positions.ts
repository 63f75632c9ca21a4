import type { Actor } from "./actors.ts";
import { nameKey } from "./names.ts";
import type { DossierDoc } from "./types.ts";
import { UnionFind } from "./union-find.ts";

/** One cell entry of the positions matrix: an actor's stance on a proposal, with evidence. */
export interface PositionCell {
  actor: string;
  proposal: string;
  polarity: string;
  date: string | null;
  docId: string;
  text: string;
  condition: string | null;
}

/**
 * Actors × proposals over time. Proposals of different documents are one proposal when their labels
 * say the same thing: the same action class (when both have one) and at least half of the smaller
 * label's content words shared ("transform mission into UN operation" ~ "transform mission into UN
 * peacekeeping operation"). Grouping is single-link; a group is named by its first label.
 */
export function buildPositions(docs: readonly DossierDoc[], actors: readonly Actor[]) {
  const actorOf = new Map<string, string>();
  for (const a of actors) for (const r of a.refs) actorOf.set(`${r.docId}/${r.entityId}`, a.name);
  const groupOf = groupProposals(docs);
  const proposals = new Map<string, { id: string; label: string }>();
  const cells: PositionCell[] = [];
  for (const doc of docs) {
    for (const s of doc.result.stances) {
      const group = groupOf.get(`${doc.id}/${s.proposal}`) ?? { id: nameKey(s.proposal), label: s.proposal };
      const { id } = group;
      if (!proposals.has(id)) proposals.set(id, group);
      // An entity gives the cross-document actor; otherwise the holder's name as the text writes it.
      const actor = (s.holder ? actorOf.get(`${doc.id}/${s.holder}`) : null) ?? s.holderName ?? "unknown";
      const condition = s.condition ? doc.result.text.slice(s.condition.start, s.condition.end) : null;
      const text = doc.result.text.slice(s.start, s.end);
      cells.push({
        actor,
        proposal: id,
        polarity: s.polarity,
        date: doc.published,
        docId: doc.id,
        text,
        condition,
      });
    }
  }
  cells.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const actorNames = [...new Set(cells.map((c) => c.actor))].sort();
  return { actors: actorNames, proposals: [...proposals.values()], cells };
}

const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "into",
  "on",
  "for",
  "with",
  "and",
  "its",
  "it",
  "their",
  "more",
]);

/** Content words of a label, lower-cased and lightly stemmed. */
function labelWords(label: string): string[] {
  return nameKey(label)
    .split(" ")
    .filter((w) => w && !STOP.has(w) && w !== "+")
    .map((w) => w.replace(/(?:ing|ed|s)$/, ""));
}

/** For every `docId/proposalId`, its cross-document group (id and label). */
function groupProposals(docs: readonly DossierDoc[]): Map<string, { id: string; label: string }> {
  const items: { key: string; label: string; words: string[]; action: readonly string[] }[] = [];
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const p of doc.result.proposals) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      items.push({
        key: `${doc.id}/${p.id}`,
        label: p.label,
        words: labelWords(p.label),
        action: p.action ?? [],
      });
    }
  }
  const uf = new UnionFind();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as (typeof items)[number];
      const b = items[j] as (typeof items)[number];
      const actionsMeet =
        a.action.length === 0 || b.action.length === 0 || a.action.some((x) => b.action.includes(x));
      const small = Math.min(a.words.length, b.words.length);
      const shared = a.words.filter((w) => b.words.includes(w)).length;
      if (actionsMeet && small > 0 && shared * 2 >= small && shared >= Math.min(2, small))
        uf.union(a.key, b.key);
    }
  }
  const groups = new Map<string, { id: string; label: string }>();
  const out = new Map<string, { id: string; label: string }>();
  for (const it of items) {
    const root = uf.find(it.key);
    if (!groups.has(root)) groups.set(root, { id: nameKey(it.label), label: it.label });
    out.set(it.key, groups.get(root) as { id: string; label: string });
  }
  return out;
}
