import type { Timex } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import type { LinkedMention } from "./source.ts";
import { eventVerb, REPORTING_VERBS } from "./verbs.ts";

/**
 * Place and period of a figure: a GPE/LOC mention or a time expression in the figure's own stretch of
 * its clause ("… were killed in gang violence in 2024 alone"), preferring what follows the number.
 */

/** The part of the sentence a figure may take its place and period from. */
export interface Region {
  readonly before: Span;
  readonly after: Span;
}

const CLAUSE_BREAK = /(?:;|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas|and that|but that)\s+)/g;

/** Clause boundaries inside a sentence: offsets where a new clause starts. */
export function clauseBreaks(text: string, sentence: Span): number[] {
  const slice = text.slice(sentence.start, sentence.end);
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    const at = sentence.start + m.index + m[0].length;
    const next = /^[\p{L}-]+/u.exec(text.slice(at))?.[0] ?? "";
    if (!eventVerb(next)) breaks.push(at);
  }
  return breaks;
}

/** The regions of each figure (given in text order) within one sentence. */
export function regions(text: string, sentence: Span, figures: readonly Span[]): Region[] {
  const breaks = clauseBreaks(text, sentence);
  const clauseOf = (x: number): number => breaks.filter((b) => b <= x).length;
  return figures.map((f, i) => {
    const clause = clauseOf(f.start);
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const clauseStart = clause === 0 ? sentence.start : (breaks[clause - 1] ?? sentence.start);
    const clauseEnd = breaks[clause] ?? sentence.end;
    const before = { start: prev && clauseOf(prev.start) === clause ? prev.end : clauseStart, end: f.start };
    const after = { start: f.end, end: next && clauseOf(next.start) === clause ? next.start : clauseEnd };
    return { before, after };
  });
}

const within = (s: Span, r: Span): boolean => s.start >= r.start && s.end <= r.end;
const VENUE = /\b(?:conference|meeting|summit|talks|headquarters|ceremony)\b[^.]{0,20}$/i;
/** A place name followed by a verb is an actor ("China sent…", "Bangladesh hosts…"), not a location. */
const ACTOR_VERB =
  /^\s+(?:sent|sends|hosts|hosted|pledged|pledges|gave|gives|provided|provides|announced|has|have|had|is|was|will|would|agreed|offered|donated|deployed)\b/;
const isActor = (text: string, m: Span): boolean => {
  if (
    /\b(?:in|at|near|across|around|from|into|of|throughout|within|outside|inside)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, m.start - 16), m.start),
    )
  )
    return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(m.end, m.end + 20))?.[1] ?? "";
  return ACTOR_VERB.test(text.slice(m.end, m.end + 20)) || REPORTING_VERBS.has(next);
};

/** The GPE/LOC entity for a figure: nearest after it, else nearest before it, in its region. */
export function findPlace(
  text: string,
  region: Region,
  mentions: readonly LinkedMention[],
  exclude: Span | null,
): { entity: string; fromBefore: boolean } | null {
  const places = mentions.filter(
    (m) =>
      (m.type === "GPE" || m.type === "LOC") &&
      !(exclude && m.start < exclude.end && exclude.start < m.end) &&
      !VENUE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !isActor(text, m),
  );
  const after = places.find((m) => within(m, region.after));
  if (after) return { entity: after.entity, fromBefore: false };
  const before = places.filter((m) => within(m, region.before)).pop();
  return before ? { entity: before.entity, fromBefore: true } : null;
}

const PERIOD_LEAD =
  /(?:\b(?:in|during|throughout|since|over|between|from|for|so far in|so far this|through)\s+)$/i;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DAY_DATE = `(?:\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?)`;
/** Period phrases found without a times layer. */
const PERIOD_RE = new RegExp(
  [
    String.raw`\b(?:so far )?(?:in|during|throughout|since)\s+(?:the\s+(?:whole\s+|entire\s+)?(?:year\s+)?)?(?:(?:early|late|mid-)\s*)?(?:${MONTH}\s+)?(?:1[89]|20)\d\d(?:\s+alone)?`,
    String.raw`\bsince\s+(?:(?:early|late|mid-)\s*)?${MONTH}(?:\s+\d{4})?`,
    String.raw`\bsince\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b`,
    String.raw`\bin\s+${MONTH}(?:\s+\d{4})?(?:\s+alone)?`,
    String.raw`\b(?:so far )?this (?:year|month|week)(?:\s+alone)?`,
    String.raw`\blast (?:year|month|week)`,
    String.raw`\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:days?|weeks?|months?|years?|decade)`,
    String.raw`\bsince the (?:start|beginning) of (?:the year|(?:1[89]|20)\d\d)`,
    String.raw`\b(?:in|during) the (?:first|second|third|fourth|last) (?:quarter|half)(?: of (?:the year|(?:1[89]|20)\d\d))?`,
    String.raw`\bbetween ${DAY_DATE} and ${DAY_DATE}`,
    String.raw`\b(?:between ${MONTH}(?:\s+\d{4})? and|from ${MONTH}(?:\s+\d{4})? to) ${MONTH}(?:\s+\d{4})?`,
  ].join("|"),
  "g",
);

/** The period span in a region: a time expression led by "in", "since", "during"… (with "alone"). */
export function findPeriod(text: string, region: Region, times: readonly Timex[] | null): Span | null {
  for (const r of [region.after, region.before]) {
    if (times) {
      const t = times.find((x) => within(x, r) && (x.type === "DATE" || x.type === "DURATION"));
      if (!t) continue;
      const lead = PERIOD_LEAD.exec(text.slice(Math.max(r.start, t.start - 14), t.start));
      const self = /^(?:this|last|past|since)\b/i.test(text.slice(t.start, t.end));
      if (!lead && !self) continue;
      const alone = /^\s+alone\b/.exec(text.slice(t.end, t.end + 7));
      return { start: t.start - (lead?.[0].length ?? 0), end: t.end + (alone?.[0].length ?? 0) };
    }
    PERIOD_RE.lastIndex = 0;
    const slice = text.slice(r.start, r.end);
    const m = PERIOD_RE.exec(slice);
    if (m) return { start: r.start + m.index, end: r.start + m.index + m[0].length };
  }
  return null;
}
