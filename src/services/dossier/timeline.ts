import { countIn } from "../../extract/events/counts.ts";
import type { Event } from "../../model/layers.ts";
import type { Actor } from "./actors.ts";
import { byDate, type DossierDoc, type Evidence, evidenceOf } from "./types.ts";

/** One happening, told by one or more reports. */
export interface DossierEvent {
  id: string;
  type: string;
  when: string | null;
  place: string | null;
  actors: string[];
  label: string;
  /** Earliest publication date of a report: where an undated event sits on the timeline. */
  reported: string | null;
  reports: Evidence[];
}

interface Mention {
  type: string;
  when: string | null;
  place: string | null;
  actors: Set<string>;
  /** Numbers written in the participants ("more than 30,000 Palestinians" → 30000). */
  counts: Set<number>;
  evidence: Evidence;
}

/**
 * Turns event mentions from all documents into events: two mentions are one event when their types
 * agree, their dates are compatible (equal, or one contains the other: "2024-06" and "2024-06-12"),
 * and their places or participants do not contradict and at least one is shared or both are dated to
 * the day. Two mentions of one document stay apart (extraction already merged what it could), and so do
 * two that count different numbers of victims. Returns events in time order, undated last.
 */
export function buildTimeline(
  docs: readonly DossierDoc[],
  actors: readonly Actor[],
): { events: DossierEvent[]; reports: number } {
  const actorOf = new Map<string, string>();
  for (const a of actors) for (const r of a.refs) actorOf.set(`${r.docId}/${r.entityId}`, a.name);
  const name = (doc: DossierDoc, id: string | null): string | null =>
    id ? (actorOf.get(`${doc.id}/${id}`) ?? null) : null;
  const mentions: Mention[] = docs.flatMap((doc) =>
    doc.result.events.map((e: Event) => ({
      type: e.type,
      when: calendarValue(e.time !== null ? (doc.result.times[e.time]?.value ?? null) : null),
      place: name(doc, e.place),
      actors: new Set(e.participants.map((p) => name(doc, p.entity)).filter((x): x is string => x !== null)),
      counts: new Set(
        e.participants.map((p) => countIn(doc.result.text, p.span)).filter((x): x is number => x !== null),
      ),
      evidence: evidenceOf(doc, e),
    })),
  );
  const events: (DossierEvent & { actorSet: Set<string>; counts: Set<number> })[] = [];
  for (const m of mentions) {
    const match = events.find((e) => sameHappening(e, m));
    if (match) {
      match.reports.push(m.evidence);
      if (m.when && (!match.when || m.when.length > match.when.length)) match.when = m.when;
      match.place ??= m.place;
      if (byDate(m.evidence.published, match.reported) < 0) match.reported = m.evidence.published;
      for (const a of m.actors) match.actorSet.add(a);
      for (const n of m.counts) match.counts.add(n);
    } else {
      events.push({
        id: `ev${events.length + 1}`,
        type: m.type,
        when: m.when,
        place: m.place,
        actors: [],
        actorSet: new Set(m.actors),
        counts: new Set(m.counts),
        label: m.evidence.text,
        reported: m.evidence.published,
        reports: [m.evidence],
      });
    }
  }
  const out = events.map(({ actorSet, counts: _counts, ...e }) => ({ ...e, actors: [...actorSet].sort() }));
  // Dated events by their date; undated ones by when they were first reported.
  out.sort((a, b) => byDate(a.when ?? a.reported, b.when ?? b.reported) || a.type.localeCompare(b.type));
  return { events: out, reports: mentions.length };
}

function sameHappening(
  e: {
    type: string;
    when: string | null;
    place: string | null;
    actorSet: Set<string>;
    counts: Set<number>;
    reports: Evidence[];
  },
  m: Mention,
): boolean {
  if (e.type !== m.type || !e.when || !m.when) return false;
  // Extraction already kept two mentions of one document apart; a different count is another happening.
  if (e.reports.some((r) => r.docId === m.evidence.docId)) return false;
  if (e.counts.size > 0 && m.counts.size > 0 && ![...m.counts].some((n) => e.counts.has(n))) return false;
  if (!(e.when.startsWith(m.when) || m.when.startsWith(e.when))) return false;
  if (e.place && m.place && e.place !== m.place) return false;
  const sharedActor = [...m.actors].some((a) => e.actorSet.has(a));
  const samePlace = e.place !== null && e.place === m.place;
  return sharedActor || samePlace || (e.when.length >= 10 && e.when === m.when);
}

/** Keeps events that involve an actor and fall between two dates (inclusive, by prefix). */
export function filterTimeline(
  events: DossierEvent[],
  f: { actor?: string; from?: string; to?: string },
): DossierEvent[] {
  return events.filter(
    (e) =>
      (!f.actor ||
        e.actors.some((a) => a.toLowerCase().includes(f.actor?.toLowerCase() ?? "")) ||
        e.place === f.actor) &&
      (!f.from || (e.when !== null && e.when.slice(0, f.from.length) >= f.from)) &&
      (!f.to || (e.when !== null && e.when.slice(0, f.to.length) <= f.to)),
  );
}

/** Only calendar values place an event in time: "2024-06", "2025-W09"; not PRESENT_REF or XXXX-06. */
function calendarValue(value: string | null): string | null {
  return value && /^\d{4}/.test(value) ? value : null;
}
