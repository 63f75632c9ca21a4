import type { Doc } from "../../model/doc.ts";
import type { Span } from "../../model/span.ts";
import type { HolderCandidate } from "./candidates.ts";
import { verbLemma } from "./lemma.ts";
import { SPEECH_VERBS } from "./lexicon.ts";
import { isCapitalised, raw, sentenceRange, type TokenView, tokenAt } from "./view.ts";

/** Who holds a stance: an entity id when known, always a readable name, the span it was read from. */
export interface HolderRef {
  readonly entity: string | null;
  readonly name: string;
  readonly span: Span | null;
}

/** A stretch of quoted or reported speech and its speaker. */
export interface Speech extends Span {
  readonly speaker: HolderRef | null;
}

const PREPOSITIONS = new Set(
  "in on at to from by with of for about against into over under after before since via like than".split(" "),
);

/**
 * The speech stretches of the document: the `quotes` layer when the quotes stage ran; otherwise
 * spans between paired curly or straight double quotation marks, attributed by the reporting verb
 * next to them ("…,” X wrote", "wrote X", "X wrote: “…”").
 */
export function speechStretches(doc: Doc, view: TokenView, cands: readonly HolderCandidate[]): Speech[] {
  const marked = markedQuotes(view, cands);
  if (!doc.has("quotes")) return marked;
  const names = new Map(doc.maybe("entities").map((e) => [e.id, e.name]));
  return doc.get("quotes").map((q) => {
    const span = q.speakerSpan ?? null;
    const name = q.speaker ? (names.get(q.speaker) ?? q.speaker) : span ? doc.slice(span) : null;
    if (name !== null) return { start: q.start, end: q.end, speaker: { entity: q.speaker, name, span } };
    // The quotes stage found no speaker: fall back to the reporting verb next to the marks.
    const twin = marked.find((m) => m.start < q.end && q.start < m.end);
    return { start: q.start, end: q.end, speaker: twin?.speaker ?? null };
  });
}

/** Spans between paired quotation marks, each attributed by the reporting verb next to it. */
function markedQuotes(view: TokenView, cands: readonly HolderCandidate[]): Speech[] {
  const out: Speech[] = [];
  let open = -1;
  view.tokens.forEach((t, i) => {
    const mark = raw(view, i);
    if (t.kind !== "quote") return;
    if (mark === "“" || (mark === '"' && open < 0)) open = i;
    else if ((mark === "”" || mark === '"') && open >= 0) {
      const from = view.tokens[open + 1];
      const to = view.tokens[i - 1];
      if (from && to && to.end > from.start) {
        out.push({ start: from.start, end: to.end, speaker: attribute(view, cands, open, i) });
      }
      open = -1;
    }
  });
  return out;
}

/** The speaker of a marked quote: a name next to a reporting verb after it, else before it. */
function attribute(
  view: TokenView,
  cands: readonly HolderCandidate[],
  open: number,
  close: number,
): HolderRef | null {
  let k = close + 1;
  while (raw(view, k) === ",") k++;
  const after = view.tokens[k];
  if (after && isSpeechVerb(view, k)) {
    const next = view.tokens[k + 1];
    const c = next && cands.find((x) => x.start === next.start);
    if (c) return ref(c);
  }
  const c = after && cands.find((x) => x.start === after.start);
  if (c) {
    const v = tokenAt(view, c.end);
    if (isSpeechVerb(view, v)) return ref(c);
  }
  const [from] = sentenceRange(view, open);
  for (let v = open - 1; v >= from; v--) {
    if (isSpeechVerb(view, v)) return subjectOf(view, cands, v, view.tokens[from]?.start ?? 0);
  }
  return null;
}

/** True when token `i` is an inflected reporting verb ("wrote", "says", "argued"). */
export function isSpeechVerb(view: TokenView, i: number): boolean {
  const form = view.forms[i];
  if (!form || view.tokens[i]?.kind !== "word") return false;
  const lemma = verbLemma(form);
  return SPEECH_VERBS.has(lemma) && lemma !== form;
}

/**
 * The subject of the verb at token `verb`: the nearest candidate before it (not before `floor`)
 * that is not the object of a preposition ("obtained by the agency", "on Monday").
 */
export function subjectOf(
  view: TokenView,
  cands: readonly HolderCandidate[],
  verb: number,
  floor: number,
): HolderRef | null {
  const limit = view.tokens[verb]?.start ?? 0;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (!c || c.end > limit || c.start < floor) continue;
    let t = tokenAt(view, c.start) - 1;
    while (t >= 0 && ["the", "a", "an"].includes(view.forms[t] ?? "")) t--;
    const conjunction =
      /^(?:after|before|since|until|as)$/.test(view.forms[t] ?? "") && rightBefore(view, c, verb);
    if (
      t >= 0 &&
      PREPOSITIONS.has(view.forms[t] ?? "") &&
      (view.tokens[t]?.start ?? 0) >= floor &&
      !conjunction
    )
      continue;
    // "X is calling on the parties – A and B – to …, and urging …": A and B sit in an aside.
    if (insideDashes(view, c.end, limit)) continue;
    // "Sudan’s army chief rejects …": the role holds the stance, not the country that owns it.
    const role = /^['’]s\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u.exec(view.text.slice(c.end, limit));
    if (role) {
      const span = { start: c.start, end: limit - 1 };
      return { entity: null, name: view.text.slice(span.start, span.end), span };
    }
    return ref(appositiveHead(view, cands, c, floor, verb));
  }
  return null;
}

/**
 * "… stalled after Hamas rejected the plan": after "after", "before", "since", "until" or "as", a name right
 * before the verb (auxiliaries and adverbs aside) is the subject of a clause, not a preposition's object.
 */
function rightBefore(view: TokenView, c: HolderCandidate, verb: number): boolean {
  for (let k = tokenAt(view, c.end); k < verb; k++)
    if (
      !/^(?:has|have|had|was|were|is|are|would|will|also|not|then|later|reportedly|\p{L}+ly)$/u.test(
        view.forms[k] ?? "",
      )
    )
      return false;
  return true;
}

/** True when an odd number of dashes stands between `from` and `to`: `from` is inside an aside they close. */
function insideDashes(view: TokenView, from: number, to: number): boolean {
  return (view.text.slice(from, to).match(/ [–—] /g)?.length ?? 0) % 2 === 1;
}

/** A candidate as a holder reference. */
export function ref(c: HolderCandidate): HolderRef {
  return { entity: c.entity, name: c.name, span: { start: c.start, end: c.end } };
}

/**
 * "NAME, TITLE, said" / "NAME (ACR), an NGO, said": a candidate inside a comma-delimited
 * appositive (its segment opens after a comma and a comma follows it before the verb) stands
 * for the candidate just before the opening comma.
 */
function appositiveHead(
  view: TokenView,
  cands: readonly HolderCandidate[],
  c: HolderCandidate,
  floor: number,
  verb: number,
): HolderCandidate {
  let t = tokenAt(view, c.start) - 1;
  while (t >= 0 && view.tokens[t]?.kind === "word" && !isCapitalised(view, t)) t--;
  if (view.forms[t] !== ",") return c;
  const after = tokenAt(view, c.end);
  if (!view.forms.slice(after, verb).includes(",")) return c;
  const ends = [view.tokens[t - 1]?.end, view.forms[t - 1] === ")" ? view.tokens[t - 2]?.end : -1];
  const head = cands.find((x) => ends.includes(x.end) && x.start >= floor && !x.pronoun);
  return head ?? c;
}
