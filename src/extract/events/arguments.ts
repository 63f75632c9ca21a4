import type { EventParticipant } from "../../model/layers.ts";
import type { TriggerContext } from "./context.ts";
import { entityOf, isPossessiveMark, type Phrase, phraseLeft, phraseRight } from "./phrases.ts";
import { isVerbGroupFiller } from "./triggers.ts";
import { patientRole } from "./types.ts";
import { AUX, MODALS, POSSESSIVE_PRONOUNS, RELATIVES } from "./words.ts";

/** A participant, plus the tokens it covers so later finders skip them. */
export type Found = EventParticipant & { readonly phrase: Phrase };

const make = (c: TriggerContext, role: EventParticipant["role"], p: Phrase): Found => ({
  role,
  entity: entityOf(c.v, p),
  span: c.v.spanOf(p.first, p.last),
  phrase: p,
});

/**
 * The grammatical subject of a verb trigger: the phrase before its verb group, looking through
 * relative pronouns ("X, who was killed") and an appositive ("X, an NGO, published").
 */
export function subjectOf(c: TriggerContext): Phrase | null {
  const { v } = c;
  const floor = c.sentenceStart;
  let k = c.m.first - 1;
  while (
    k >= floor &&
    (AUX.has(v.at(k)) || MODALS.has(v.at(k)) || isVerbGroupFiller(v, k) || v.at(k) === "to")
  )
    k--;
  if (RELATIVES.has(v.at(k))) k--;
  if (v.at(k) === ",") {
    // "X, who visited the region on Wednesday, called on …": the subject is before the relative clause.
    for (let j = k - 1; j >= floor && j > k - 16; j--) {
      if (v.at(j) !== ",") continue;
      if (/^(?:who|which)$/.test(v.at(j + 1))) return phraseLeft(v, j - 1, floor, c.blocked);
      break;
    }
    const appositive = phraseLeft(v, k - 1, floor, c.blocked);
    if (!appositive || v.at(appositive.first - 1) !== ",") return null;
    // "the President of the Council, Ana Reyes, requested …": the person named is the one who acted.
    if (v.mentionAt(appositive.last)?.type === "PERSON") return appositive;
    return phraseLeft(v, appositive.first - 2, floor, c.blocked);
  }
  const p = k >= floor ? phraseLeft(v, k, floor, c.blocked) : null;
  return p ? withOfHead(c, p) : null;
}

/**
 * "The bombing of the hospital killed …": the subject starts before "of", and so does its head. So it does
 * before a place when the phrase before it opens the sentence ("Heavy flooding in the province has forced …"):
 * then the subject is that phrase alone.
 */
function withOfHead(c: TriggerContext, p: Phrase): Phrase {
  // "Fighting between the army and the rebels has killed …": the fighting, not the rebels.
  if (c.v.at(p.first - 1) === "and") {
    const first = phraseLeft(c.v, p.first - 2, c.sentenceStart, new Set());
    const owner =
      first && c.v.at(first.first - 1) === "between"
        ? phraseLeft(c.v, first.first - 2, c.sentenceStart, new Set())
        : null;
    if (owner) return { first: owner.first, last: p.last, head: owner.last };
  }
  // Walk back over up to three prepositional phrases: "strikes on villages in southern Lebanon killed …".
  let owner: Phrase = p;
  let place = false;
  for (let n = 0; n < 3; n++) {
    const prep = c.v.at(owner.first - 1);
    const placeLike = /^(?:in|at|across|near|along|on|by)$/.test(prep);
    if (prep !== "of" && !placeLike) break;
    const before = phraseLeft(c.v, owner.first - 2, c.sentenceStart, new Set());
    if (!before) break;
    place ||= placeLike;
    owner = before;
  }
  if (owner === p) return p;
  // A dateline's dash also opens the sentence ("MAPUTO (Reuters) - Heavy flooding in …").
  const opens = owner.first === c.sentenceStart || /^[-–—:]$/.test(c.v.at(owner.first - 1));
  // A name is no head of a place chain ("Gaza in …"); a sentence's first word is capitalised anyway.
  const named = c.v.isCapitalized(owner.last) && owner.last !== c.sentenceStart;
  if (place && (!opens || named)) return p;
  // The place stays free to be the event's place.
  return place ? owner : { first: owner.first, last: p.last, head: owner.last };
}

/**
 * "Spain, Britain and Qatar sent rescuers": a named subject with the names listed before it, each a
 * participant of its own. Only names are gathered ("soldiers and police" stays one phrase).
 */
function coordinated(c: TriggerContext, last: Phrase): Phrase[] {
  const { v } = c;
  const out = [last];
  if (!v.mentionAt(last.last)) return out;
  // A list ends in "and" ("A, B and C"); a comma alone is an apposition ("to the envoy, the president").
  if (v.at(last.first - 1) !== "and") return out;
  let k = last.first - 1;
  while (k > c.sentenceStart && (v.at(k) === "and" || v.at(k) === ",")) {
    const prev = v.at(k) === "," && v.at(k - 1) === "and" ? k - 2 : k - 1;
    const p = phraseLeft(v, prev, c.sentenceStart, c.blocked);
    if (!p || !v.mentionAt(p.last) || v.mentionAt(p.last) === v.mentionAt(last.last)) break;
    out.unshift(p);
    k = p.first - 1;
  }
  return out;
}

/** Core arguments of a verb trigger: subject, object or recipient right after it. */
export function verbArguments(c: TriggerContext): Found[] {
  const { v, m } = c;
  const patient = patientRole(m.entry.type);
  const out: Found[] = [];
  const subject = subjectOf(c);
  const subjectRole = m.passive || m.entry.subjectIsPatient ? patient : "agent";
  if (subject) out.push(...coordinated(c, subject).map((p) => make(c, subjectRole, p)));
  if (m.passive || m.entry.subjectIsPatient) return out;
  const after = phraseRight(v, m.last + 1, c.nextTrigger, c.blocked);
  if (m.object !== null) {
    const theme = phraseRight(v, m.last + 1, m.object + 1, c.blocked);
    if (theme) out.push(make(c, patient, theme));
  } else if (after && m.entry.directRecipient) {
    out.push(make(c, "recipient", after));
  } else if (after && m.entry.needsRecipient) {
    // "wrote the Council that …": a bare phrase is the addressee only when a clause follows.
    if (["that", "to"].includes(v.at(after.last + 1))) out.push(make(c, "recipient", after));
  } else if (after) {
    out.push(make(c, patient, after));
  }
  return out;
}

/** Roles of a nominal trigger's possessor ("the officer’s death" → victim, "X’s letter" → agent). */
function possessorRole(c: TriggerContext): EventParticipant["role"] {
  const patient = patientRole(c.m.entry.type);
  // "the mission’s deployment" moves the mission; "Norland’s deployment of police" is Norland's doing.
  if (c.m.entry.type === "deployment" || c.m.entry.type === "withdrawal") {
    return c.v.at(c.m.last + 1) === "of" ? "agent" : "theme";
  }
  return patient === "victim" && c.m.entry.type !== "attack" ? "victim" : "agent";
}

/** The possessor or name modifier of a nominal trigger: "X’s", "her", "U.S. funding". */
export function nounArguments(c: TriggerContext): Found[] {
  const { v, m } = c;
  let k = m.first - 1;
  // Step over up to two modifiers ("long-standing", "full") to reach a possessive.
  for (
    let hops = 0;
    hops < 2 &&
    k > c.sentenceStart &&
    !isPossessiveMark(v, k) &&
    !POSSESSIVE_PRONOUNS.has(v.at(k)) &&
    !v.mentionAt(k) &&
    /^[\p{Ll}-]+$/u.test(v.form(k));
    hops++
  )
    k--;
  if (POSSESSIVE_PRONOUNS.has(v.at(k))) return [make(c, possessorRole(c), { first: k, last: k })];
  if (isPossessiveMark(v, k)) {
    const owner = phraseLeft(v, k - 1, c.sentenceStart, c.blocked);
    return owner ? [make(c, possessorRole(c), owner)] : [];
  }
  const modifier = v.mentionAt(m.first - 1);
  if (modifier && k === m.first - 1) {
    let first = m.first - 1;
    while (first > c.sentenceStart && v.mentionAt(first - 1) === modifier) first--;
    return [make(c, possessorRole(c), { first, last: m.first - 1 })];
  }
  return [];
}
