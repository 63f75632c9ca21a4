import type { Actor } from "./actors.ts";
import { nameKey } from "./names.ts";
import type { DossierDoc } from "./types.ts";

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

/** Actors × proposals over time. Proposals with the same label across documents are one proposal. */
export function buildPositions(docs: readonly DossierDoc[], actors: readonly Actor[]) {
  const actorOf = new Map<string, string>();
  for (const a of actors) for (const r of a.refs) actorOf.set(`${r.docId}/${r.entityId}`, a.name);
  const proposals = new Map<string, { id: string; label: string }>();
  const cells: PositionCell[] = [];
  for (const doc of docs) {
    const labelOf = new Map(doc.result.proposals.map((p) => [p.id, p.label]));
    for (const s of doc.result.stances) {
      const label = labelOf.get(s.proposal) ?? s.proposal;
      const id = nameKey(label);
      if (!proposals.has(id)) proposals.set(id, { id, label });
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
