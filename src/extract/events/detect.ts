import type { Timex } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { type Found, nounArguments, verbArguments } from "./arguments.ts";
import type { TriggerContext } from "./context.ts";
import { modalityOf } from "./modality.ts";
import { entityOf, type Phrase, phraseLeft } from "./phrases.ts";
import { linkPlace } from "./place.ts";
import { prepositionArguments } from "./prepositions.ts";
import { segmentSentence } from "./segments.ts";
import { linkTime, type PlacedTimex } from "./time.ts";
import { findTriggers, isVerbGroupFiller, type TriggerMatch } from "./triggers.ts";
import { type EventRecord, patientRole } from "./types.ts";
import type { TokenView } from "./view.ts";
import { AUX } from "./words.ts";

/** A comma between two coordinated verbs breaks the sharing; a participle follows one ("…, calling"). */
function hasComma(v: TokenView, from: number, to: number, pos: string): boolean {
  if (pos === "verb" && v.at(to).endsWith("ing")) return false;
  for (let k = from + 1; k < to; k++) if (v.at(k) === ",") return true;
  return false;
}

const COORDINATORS = new Set(["and", "but", "or", "then"]);
/** Past forms that do not end in "-ed": the main verbs of clauses a participle continues. */
const IRREGULAR_PAST = new Set(
  "struck hit shot fought took made began broke brought fell held left met ran sent set stood swept tore threw overran seized drove blew burned burnt".split(
    " ",
  ),
);

/** Tokens between two triggers, not counting an aside between dashes ("calling on X – A and B – to …"). */
function gapWithoutAsides(v: TokenView, from: number, to: number): number {
  let gap = to - from;
  for (let k = from + 1; k < to; k++) {
    if (!/^[–—]$/.test(v.at(k))) continue;
    let close = k + 1;
    while (close < to && !/^[–—]$/.test(v.at(close))) close++;
    if (close < to) {
      gap -= close - k + 1;
      k = close;
    }
  }
  return gap;
}
const PHRASELESS = { first: -1, last: -2 };

/**
 * A verb that shares the subject of the clause before it: a bare "-ing" participle ("…, calling
 * on X") or the second of two coordinated verbs ("stormed the village and killed 12 people").
 */
function sharesSubject(v: TokenView, i: number, pos: string): boolean {
  if (pos !== "verb") return false;
  if (v.at(i).endsWith("ing") && !AUX.has(v.at(i - 1))) return true;
  let k = i - 1;
  while (k >= 0 && (AUX.has(v.at(k)) || isVerbGroupFiller(v, k))) k--;
  return COORDINATORS.has(v.at(k));
}

/**
 * The subject of the main clause before a participle after a comma ("Militants stormed the town, killing
 * …"): the phrase right before the nearest verb group (an auxiliary or an "-ed" verb) before it.
 */
function participleSubject(v: TokenView, m: TriggerMatch, start: number): Phrase | null {
  // "…, killing …" and "… said he was horrified and called for …": the clause before gives the subject.
  const participle = v.at(m.first).endsWith("ing") && v.at(m.first - 1) === ",";
  if (m.entry.pos !== "verb" || !(participle || v.at(m.first - 1) === "and")) return null;
  // The nearest clause before the participle is the one it continues.
  for (let k = m.first - 2; k > start; k--) {
    const w = v.at(k);
    if (v.isCapitalized(k) || !(AUX.has(w) || /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w))) continue;
    let j = k;
    while (j - 1 > start && (AUX.has(v.at(j - 1)) || isVerbGroupFiller(v, j - 1))) j--;
    if (v.at(j - 1) === ",") return null;
    const subject = phraseLeft(v, j - 1, start, new Set());
    if (subject) return subject;
  }
  return null;
}

/** Event mentions of one sentence (tokens [start, end)), before merging and numbering. */
export function detectInSentence(
  v: TokenView,
  start: number,
  end: number,
  times: readonly Timex[],
  placed: readonly PlacedTimex[],
): EventRecord[] {
  const matches = findTriggers(v, start, end);
  const segs = segmentSentence(v, start, end, times);
  const segmentOf = (t: number): number => segs[t - start] ?? -1;
  const triggerTokens = matches.map((m) => m.first);
  const out: EventRecord[] = [];
  const timeTokens = placed.flatMap((t) =>
    Array.from({ length: t.last - t.first + 1 }, (_, i) => t.first + i),
  );
  let previousAgent: EventRecord["participants"][number] | undefined;
  for (const [n, m] of matches.entries()) {
    // Dates are never participants ("… on February 24 calling on …").
    const blocked = new Set<number>(timeTokens);
    for (const other of matches) {
      if (other === m) continue;
      for (let k = other.first; k <= other.last; k++) blocked.add(k);
      if (other.object !== null) blocked.add(other.object);
    }
    const seg = segmentOf(m.first);
    let segmentStart = m.first;
    while (segmentStart > start && segmentOf(segmentStart - 1) === seg) segmentStart--;
    let segmentEnd = m.last + 1;
    while (segmentEnd < end && segmentOf(segmentEnd) === seg) segmentEnd++;
    const c: TriggerContext = {
      v,
      m,
      sentenceStart: start,
      sentenceEnd: end,
      segmentStart,
      segmentEnd,
      blocked,
      nextTrigger: matches[n + 1]?.first ?? end,
    };
    const core = m.entry.pos === "verb" ? verbArguments(c) : nounArguments(c);
    const found: Found[] = [...core, ...prepositionArguments(c, core)];
    const agent = found.find((f) => f.role === "agent");
    const previous = matches[n - 1];
    const near =
      previous !== undefined &&
      // "calling on X to allow access, and urging donors …": a coordinated participle shares from further.
      gapWithoutAsides(v, previous.last, m.first) <=
        (v.at(m.first).endsWith("ing") && v.at(m.first - 1) === "and" ? 14 : 8) &&
      !hasComma(v, previous.last, m.first, m.entry.pos);
    if (!agent && previousAgent && near && sharesSubject(v, m.first, m.entry.pos))
      found.unshift({ ...previousAgent, phrase: PHRASELESS });
    else if (n === 0 || !near) {
      // "800,000 people have crossed the border, fleeing the war": the clause's subject does the participle.
      const subject = participleSubject(v, m, start);
      const role = m.entry.subjectIsPatient ? patientRole(m.entry.type) : "agent";
      if (subject && !found.some((f) => f.role === role))
        found.unshift({
          role,
          entity: entityOf(v, subject),
          span: v.spanOf(subject.first, subject.last),
          phrase: subject,
        });
    }
    const doer = found.find((f) => f.role === "agent");
    if (doer && doer.phrase !== PHRASELESS) previousAgent = doer;
    if (m.entry.needsRecipient && !found.some((f) => f.role === "recipient")) continue;
    if (m.entry.needsArgument && found.length === 0) continue;
    const taken = new Set<number>();
    for (const f of found) for (let k = f.phrase.first; k <= f.phrase.last; k++) taken.add(k);
    const place = linkPlace(c, taken);
    const time = linkTime(
      c,
      placed,
      triggerTokens.filter((t) => t !== m.first),
      segmentOf,
    );
    const trigger = v.spanOf(m.first, m.last);
    const parts: Span[] = [trigger, ...found.map((f) => f.span)];
    if (place) parts.push(place.span);
    if (time) parts.push(time.timex);
    out.push({
      id: "",
      type: m.entry.type,
      start: Math.min(...parts.map((p) => p.start)),
      end: Math.max(...parts.map((p) => p.end)),
      trigger,
      participants: found.map(({ role, entity, span }) => ({ role, entity, span })),
      time: time?.index ?? null,
      place: place?.entity ?? null,
      placeSpan: place?.span ?? null,
      modality: modalityOf(v, m, segmentStart, start),
      mentions: [trigger],
    });
  }
  return out;
}
