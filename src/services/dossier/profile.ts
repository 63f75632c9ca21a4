import type { Actor } from "./actors.ts";
import type { Dossier } from "./dossier.ts";
import { evidenceOf } from "./types.ts";

/** Everything the dossier knows about one actor, each item with its evidence. */
export function actorProfile(d: Dossier, actor: Actor) {
  const mine = new Set(actor.refs.map((r) => `${r.docId}/${r.entityId}`));
  const is = (docId: string, id: string | null | undefined): boolean =>
    id !== null && id !== undefined && mine.has(`${docId}/${id}`);
  const roles = [];
  const quotes = [];
  const stances = [];
  const events = [];
  for (const doc of d.docs) {
    const r = doc.result;
    const entityName = (id: string | null): string | null =>
      r.entities.find((e) => e.id === id)?.name ?? null;
    for (const role of r.roles) {
      if (is(doc.id, role.person))
        roles.push({
          title: r.text.slice(role.title.start, role.title.end),
          org: entityName(role.org),
          docId: doc.id,
        });
    }
    for (const q of r.quotes)
      if (is(doc.id, q.speaker)) quotes.push({ ...evidenceOf(doc, q), direct: q.direct });
    const labels = new Map(r.proposals.map((p) => [p.id, p.label]));
    for (const s of r.stances) {
      if (is(doc.id, s.holder))
        stances.push({
          ...evidenceOf(doc, s),
          polarity: s.polarity,
          proposal: labels.get(s.proposal) ?? s.proposal,
        });
    }
    for (const e of r.events) {
      if (e.participants.some((p) => is(doc.id, p.entity)) || is(doc.id, e.place)) {
        events.push({
          ...evidenceOf(doc, e),
          type: e.type,
          when: e.time !== null ? (r.times[e.time]?.value ?? null) : null,
        });
      }
    }
  }
  return {
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases,
    roles,
    mentions: actor.mentions,
    quotes,
    stances,
    events,
  };
}
