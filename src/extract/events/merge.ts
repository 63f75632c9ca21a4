import type { Timex } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { countIn } from "./counts.ts";
import { type EventRecord, TYPE_SPECIFICITY, typeFamily } from "./types.ts";

/** Compares participants and entities across mentions; built by the stage from the entities layer. */
export interface MergeContext {
  readonly text: string;
  readonly times: readonly Timex[];
}

/**
 * Merges event mentions of one document that describe the same happening: same type family,
 * compatible times and places, no clashing participants, and positive evidence — a shared
 * participant (same entity or same head word) or the same day. Later mentions fill what the
 * first lacked; the first mention's trigger and span stay.
 */
export function mergeMentions(events: readonly EventRecord[], ctx: MergeContext): EventRecord[] {
  const out: EventRecord[] = [];
  for (const e of events) {
    let target = -1;
    for (let i = out.length - 1; i >= 0; i--) {
      if (sameHappening(out[i] as EventRecord, e, ctx)) {
        target = i;
        break;
      }
    }
    if (target < 0) out.push(e);
    else out[target] = combine(out[target] as EventRecord, e);
  }
  return out;
}

function sameHappening(a: EventRecord, b: EventRecord, ctx: MergeContext): boolean {
  if (typeFamily(a.type) !== typeFamily(b.type) || a.modality !== b.modality) return false;
  const ta = a.time === null ? null : ctx.times[a.time]?.value;
  const tb = b.time === null ? null : ctx.times[b.time]?.value;
  if (ta && tb && !(ta.startsWith(tb) || tb.startsWith(ta))) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  let shared = false;
  for (const pa of a.participants) {
    for (const pb of b.participants) {
      if (pa.role !== pb.role) continue;
      // Two different counts ("at least 31 people", "more than 100 Palestinians") are two happenings.
      const na = countIn(ctx.text, pa.span);
      const nb = countIn(ctx.text, pb.span);
      if (na !== null && nb !== null && na !== nb) return false;
      // "kill 12" in a headline and "killed 12 people" in the lead: the same count is the same party.
      if (na !== null && na === nb) {
        shared = true;
        continue;
      }
      if (pa.entity && pb.entity) {
        // Listed parties ("Spain, Britain and Qatar sent …") clash only when no one is on both sides.
        if (pa.entity !== pb.entity && !sharesEntity(a, b, pa.role)) return false;
        if (pa.entity === pb.entity) shared = true;
      } else if (!pa.entity && !pb.entity) {
        // Two unnamed phrases with different heads ("5,000 people", "an officer") are two parties.
        if (headWord(ctx.text, pa.span) !== headWord(ctx.text, pb.span)) return false;
        shared = true;
      } else if (headWord(ctx.text, pa.span) === headWord(ctx.text, pb.span)) shared = true;
    }
  }
  // "Police said the death was a suicide": two words for one happening in one sentence.
  const last = a.mentions[a.mentions.length - 1] ?? a.trigger;
  const between = ctx.text.slice(Math.min(last.end, b.trigger.start), Math.max(last.end, b.trigger.start));
  const sameSentence = !/[.!?]["”’)]*\s/u.test(between);
  return (
    shared || sameSentence || (ta !== null && ta !== undefined && ta === tb && /^\d{4}-\d{2}-\d{2}/.test(ta))
  );
}

/** True when some entity has the role in both events. */
function sharesEntity(a: EventRecord, b: EventRecord, role: string): boolean {
  const inA = new Set(a.participants.filter((p) => p.role === role && p.entity).map((p) => p.entity));
  return b.participants.some((p) => p.role === role && p.entity !== null && inA.has(p.entity));
}

/** The last word of a span, lower-cased, without a possessive ending. */
function headWord(text: string, span: Span): string {
  const words = text
    .slice(span.start, span.end)
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .split(/\s+/u);
  return words[words.length - 1] ?? "";
}

function combine(a: EventRecord, b: EventRecord): EventRecord {
  const rank = (e: EventRecord): number => TYPE_SPECIFICITY[e.type] ?? 0;
  const roles = new Set(a.participants.map((p) => p.role));
  return {
    ...a,
    type: rank(b) > rank(a) ? b.type : a.type,
    participants: [...a.participants, ...b.participants.filter((p) => !roles.has(p.role))],
    time: a.time ?? b.time,
    place: a.place ?? b.place,
    placeSpan: a.placeSpan ?? b.placeSpan,
    mentions: [...a.mentions, ...b.mentions],
  };
}
