import type { Doc } from "../../model/doc.ts";
import type { Span } from "../../model/span.ts";
import { dedupe, deferToNoun, polarityOf, renumber } from "./assemble.ts";
import { type HolderCandidate, holderCandidates } from "./candidates.ts";
import { complementPhrase } from "./complement.ts";
import { findCondition } from "./condition.ts";
import { findCues } from "./cues.ts";
import { stanceDate } from "./date.ts";
import { copyEchoes, type EchoJob } from "./echo.ts";
import { groupOccurrences, type Occurrence } from "./group.ts";
import { findHolder, type HolderContext, possessorRef, speechAt } from "./holder.ts";
import { phraseFeatures } from "./label.ts";
import type { Polarity } from "./lexicon.ts";
import type { ParsedPhrase } from "./parse.ts";
import { type HolderRef, speechStretches } from "./speech.ts";
import type { ProposalRecord, StanceRecord } from "./types.ts";
import { tokenAt, tokenSpan, tokenView } from "./view.ts";

/** A stance before its proposal has a group id. */
type Draft = Omit<StanceRecord, "proposal" | "polarity"> & { occurrence: number; polarity: Polarity };

/** Finds proposals and stances in a document that has tokens and sentences (other layers optional). */
export function extractStances(doc: Doc): { proposals: ProposalRecord[]; stances: StanceRecord[] } {
  const view = tokenView(doc);
  const cands = holderCandidates(doc, view);
  const speech = speechStretches(doc, view, cands).sort((a, b) => a.start - b.start);
  const ctx: HolderContext = { view, cands, speech };
  const times = doc.maybe("times");
  const occurrences: (Occurrence & { range: readonly [number, number] })[] = [];
  const drafts: Draft[] = [];
  const echoes: EchoJob[] = [];
  const occurrenceOf = (phrase: ParsedPhrase): number => {
    const found = occurrences.findIndex(
      (o) => o.range[0] === phrase.range[0] && o.range[1] === phrase.range[1],
    );
    if (found >= 0) return found;
    const features = phraseFeatures(view, phrase, cands);
    const start = view.tokens[phrase.range[0]]?.start ?? 0;
    return occurrences.push({ start, features, kind: phrase.kind, range: phrase.range }) - 1;
  };
  view.sentences.forEach((sentence) => {
    const matches = findCues(view, sentence.tokenStart, sentence.tokenEnd);
    for (const m of matches) {
      const quote = speechAt(ctx, m.cue[0]);
      const limit = quote ? Math.min(sentence.tokenEnd, tokenAt(view, quote.end)) : sentence.tokenEnd;
      const cue = tokenSpan(view, m.cue[0], m.cue[1]);
      const evidence: Span = quote
        ? { start: quote.start, end: quote.end }
        : { start: sentence.start, end: sentence.end };
      const { holder, via } = findHolder(ctx, m);
      const date = stanceDate(times, sentence, cue, doc.meta.published);
      if (m.kind === "echo") {
        if (holder && m.possessor)
          echoes.push({ holder, echoed: possessorRef(ctx, m.possessor), cue, evidence, date });
        continue;
      }
      if (
        m.kind === "modal" &&
        m.complement !== null &&
        matches.some(
          (n) => n.kind === "verb" && n.underModal && n.cue[0] >= m.cue[1] && n.cue[0] <= m.cue[1] + 2,
        )
      )
        continue;
      const phrases: [ParsedPhrase, Polarity | null][] = [];
      const first = deferToNoun(view, m, matches, complementPhrase(view, m, limit), limit);
      if (first) phrases.push([first, polarityOf(view, m)]);
      const after = first?.range[1] ?? -1;
      if (
        m.negated &&
        view.forms[after] === "but" &&
        ["rather", "instead"].includes(view.forms[after + 1] ?? "")
      ) {
        const second = complementPhrase(view, { ...m, negated: false }, limit, after + 2);
        if (second) phrases.push([second, m.polarity]);
      }
      for (const [phrase, polarity] of phrases) {
        const occurrence = occurrenceOf(phrase);
        // No position without someone holding it (an editorial "X should …" names no one).
        if (polarity === null || holder === null) continue;
        const condition = findCondition(
          view,
          quote ? Math.max(sentence.tokenStart, tokenAt(view, quote.start)) : sentence.tokenStart,
          limit,
          m.cue[0],
          phrase.range,
        );
        // "Brazil, Colombia and Mexico have called on …": each listed name holds the stance.
        for (const h of listedHolders(ctx.view.text, ctx.cands, holder))
          drafts.push({
            ...evidence,
            occurrence,
            polarity,
            holder: h.entity,
            holderName: h.name,
            holderSpan: h.span,
            holderVia: via,
            cue,
            proposalSpan: tokenSpan(view, phrase.range[0], phrase.range[1]),
            condition,
            ...date,
          });
      }
    }
  });
  const { ids: groupIds, labels } = groupOccurrences(occurrences);
  const ids = renumber(groupIds, new Set(drafts.map((d) => groupIds[d.occurrence] ?? "")), labels);
  const proposals: ProposalRecord[] = occurrences.flatMap((o, i) => {
    const id = ids[i];
    if (!id) return []; // a phrase no stance is about ("did not request funding")
    return {
      id,
      label: labels.get(id) ?? o.features.label,
      ...tokenSpan(view, o.range[0], o.range[1]),
      action: o.features.classes,
      anaphor: o.features.anaphor,
    };
  });
  const stances: StanceRecord[] = drafts.map(({ occurrence, polarity, ...rest }) => ({
    ...rest,
    proposal: ids[occurrence] ?? "p0",
    polarity: rest.condition ? "conditional" : polarity,
  }));
  return { proposals, stances: dedupe([...stances, ...copyEchoes(echoes, stances)]) };
}

/** The holder with the named holders listed right before it ("A, B and C"), in text order. */
function listedHolders(text: string, cands: readonly HolderCandidate[], holder: HolderRef): HolderRef[] {
  const out: HolderRef[] = [holder];
  if (!holder.entity || !holder.span) return out;
  let start = holder.span.start;
  let joinedByAnd = false;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (!c || c.end > start) continue;
    const between = text.slice(c.end, start);
    const and = /^,?\s+and\s+$/.test(between);
    if (!c.entity || c.pronoun || !(and || (joinedByAnd && /^,\s+$/.test(between)))) break;
    if (out.length === 1 && !and) break;
    joinedByAnd = true;
    out.unshift({ entity: c.entity, name: c.name, span: { start: c.start, end: c.end } });
    start = c.start;
  }
  return out;
}
