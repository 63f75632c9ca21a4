import type { Doc } from "../../model/doc.ts";
import type { Figure, Sentence } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { findPeriod, findPlace, regions } from "./attach.ts";
import { sentenceAt, TokenView } from "./context.ts";
import { type Description, describe } from "./describe.ts";
import { isNotFigure, maskedSpans } from "./exclude.ts";
import { hxlTag } from "./hxl.ts";
import { type NumberPhrase, scanNumberPhrases } from "./scan.ts";
import { type Attribution, linkedMentions, quoteAttribution, sentenceAttribution } from "./source.ts";

/**
 * A figure with the words its source was named by. `sourceSpan` is set even when no entity matches
 * ("local officials said"), so the attribution is never lost for lack of an actors layer.
 */
export interface SourcedFigure extends Figure {
  readonly sourceSpan: Span | null;
}

const CONTINUATION = /^(?:However|But|Also|And|He|She|They|It|This|That)\b/;

/** Every figure in the document, in text order. Pure: reads only the doc's text and layers. */
export function extractFigures(doc: Doc): SourcedFigure[] {
  const { text } = doc;
  const tokens = doc.get("tokens");
  const sentences = doc.get("sentences");
  const paragraphs = doc.maybe("paragraphs");
  const v = new TokenView(text, tokens);
  const masks = maskedSpans(text, tokens);
  const phrases = scanNumberPhrases(text).filter((p) => !isNotFigure(text, p, masks));
  const mentions = linkedMentions(doc.maybe("entities"));
  const times = doc.has("times") ? doc.get("times") : null;
  const quotes = doc.maybe("quotes");

  const groups = new Map<Sentence, NumberPhrase[]>();
  for (const p of phrases) {
    const s = sentenceAt(sentences, tokens, p.start);
    groups.set(s, [...(groups.get(s) ?? []), p]);
  }
  const figures: SourcedFigure[] = [];
  let last: Description | null = null;
  for (const [sentence, group] of groups) {
    const attribution = sentenceAttribution(v, sentence, mentions, group);
    const regs = regions(text, sentence, group);
    let previous: Description | null = null;
    let frontPlace: string | null = null;
    let frontPeriod: Span | null = null;
    let sameClause = true;
    const descriptions: Description[] = [];
    group.forEach((p, n) => {
      const d = describe(v, sentence, p, previous, last);
      previous = d;
      last = d;
      const own = attribution(p.start);
      // "…, it said": a pronoun source is the source of the sentence before, when there is one.
      const pronoun =
        own && !own.entity && /^(?:it|they|he|she|we)$/i.test(text.slice(own.span.start, own.span.end));
      const source =
        (pronoun ? (inherited(doc, v, sentence, paragraphs, mentions, true) ?? own) : own) ??
        quoteAttribution(quotes, p) ??
        inherited(doc, v, sentence, paragraphs, mentions, false);
      const region = regs[n] ?? { before: p, after: p };
      const place = findPlace(text, region, mentions, source?.span ?? null);
      const period = findPeriod(text, region, times);
      if (n === 0) {
        frontPlace = place?.fromBefore ? place.entity : null;
        frontPeriod = period && period.end <= p.start ? period : null;
      }
      if (n > 0) sameClause = sameClause && region.before.start === group[n - 1]?.end;
      figures.push({
        start: p.start,
        end: p.end,
        value: p.value,
        ...(p.valueMax !== null ? { valueMax: p.valueMax } : {}),
        unit: d.unit,
        qualifier: p.qualifier,
        what: d.what,
        whatSpan: d.whatSpan,
        place: place?.entity ?? (sameClause ? frontPlace : null),
        period: period ?? (sameClause ? frontPeriod : null),
        source: source?.entity ?? null,
        sourceSpan: source?.span ?? null,
        hxl: hxlTag(d.what, d.unit),
      });
      descriptions.push(d);
    });
    shareListPeriods(text, figures, figures.length - group.length, descriptions);
    shareListPredicates(text, figures, figures.length - group.length, descriptions);
  }
  return figures;
}

/**
 * "2,340 cases and 57 deaths between 3 January and 14 February": a period or place after a list of
 * counted nouns ("74 cases, including 31 deaths, in …") covers the whole list. Clauses with their own verb ("… were injured and 340 died in March")
 * keep theirs apart.
 */
function shareListPeriods(
  text: string,
  figures: SourcedFigure[],
  offset: number,
  descriptions: readonly Description[],
): void {
  updateListPairs(figures, offset, (here, next, n) => {
    if (descriptions[n - offset]?.predicate) return null;
    if (!/^[\s\p{L}-]*(?:\sand|,\s+including|,\s+of whom)\s$/u.test(text.slice(here.end, next.start)))
      return null;
    return { ...here, period: here.period ?? next.period, place: here.place ?? next.place };
  });
}

/**
 * Visits neighbouring figures of one group (from `offset`) from the last pair back to the first, so a
 * value shared from the end of a list reaches its start; `update` returns the figure's new version or null.
 */
function updateListPairs(
  figures: SourcedFigure[],
  offset: number,
  update: (here: SourcedFigure, next: SourcedFigure, n: number) => SourcedFigure | null,
): void {
  for (let n = figures.length - 2; n >= offset; n--) {
    const here = figures[n];
    const next = figures[n + 1];
    if (!here || !next) continue;
    figures[n] = update(here, next, n) ?? here;
  }
}

/** A sentence that goes on reporting (it quotes, or opens with "However", "He"…) keeps the previous one's source. */
function inherited(
  doc: Doc,
  v: TokenView,
  sentence: Sentence,
  paragraphs: readonly Span[],
  mentions: ReturnType<typeof linkedMentions>,
  force: boolean,
): Attribution | null {
  const own = doc.text.slice(sentence.start, sentence.end);
  const quoted = v.tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.kind === "quote");
  if (!force && !quoted && !CONTINUATION.test(own)) return null;
  const sentences = doc.get("sentences");
  const index = sentences.indexOf(sentence);
  const prev = index > 0 ? sentences[index - 1] : undefined;
  if (!prev) return null;
  const para = paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end);
  if (para && prev.start < para.start) return null;
  return sentenceAttribution(v, prev, mentions, [])(prev.end);
}

/** "2,000 soldiers and 500 police officers have been deployed": the predicate covers both nouns. */
function shareListPredicates(
  text: string,
  figures: SourcedFigure[],
  offset: number,
  descriptions: readonly Description[],
): void {
  updateListPairs(figures, offset, (here, next, n) => {
    const d = descriptions[n - offset];
    const e = descriptions[n + 1 - offset];
    if (!d?.noun || d.predicate || !e?.predicate || !e.whatSpan) return null;
    if (e.whatSpan.start < next.end || !/^\s+[\p{L} -]+\s+and\s+$/u.test(text.slice(here.end, next.start)))
      return null;
    const what = `${d.noun} ${e.predicate}`;
    return { ...here, what, unit: here.unit, hxl: hxlTag(what, here.unit) };
  });
}
