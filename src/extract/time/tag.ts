import type { Message, Timex } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { REPORT_DATING_VERBS } from "../lexicon/reporting.ts";
import { type Anchors, refFromValue } from "./anchors.ts";
import { parseYmd } from "./calendar.ts";
import { withModifier } from "./modifiers.ts";
import { orderRangeEnd } from "./range-order.ts";
import { resolve } from "./resolve.ts";
import { DATE_RULES } from "./rules-dates.ts";
import { DURATION_RULES } from "./rules-durations.ts";
import { NARRATIVE_RULES } from "./rules-narrative.ts";
import { RANGE_RULES } from "./rules-ranges.ts";
import { RELATIVE_RULES } from "./rules-relative.ts";
import { SEASON_RULES } from "./rules-seasons.ts";
import { SET_RULES } from "./rules-sets.ts";
import { TIME_RULES } from "./rules-times.ts";
import { YEARPART_RULES } from "./rules-yearparts.ts";
import { YEAR_RULES } from "./rules-years.ts";
import type { Candidate, Rule } from "./semantics.ts";
import { advanceStory, isProspect, STORY_START, type StoryState } from "./story.ts";
import { isVerbless, tenseAt } from "./tense.ts";

const RULES: readonly Rule[] = [
  ...DATE_RULES,
  ...RANGE_RULES,
  ...SEASON_RULES,
  ...YEARPART_RULES,
  ...YEAR_RULES,
  ...RELATIVE_RULES,
  ...NARRATIVE_RULES,
  ...DURATION_RULES,
  ...SET_RULES,
  ...TIME_RULES,
];

/** What the tagger needs besides the text. */
export interface TagInput {
  /** Publication date, YYYY-MM-DD; null when unknown. */
  readonly published: string | null;
  /** Sentence spans, in order (used for tense and for how recent a mentioned year is). */
  readonly sentences: readonly Span[];
  /** Spans where nothing is a time expression: URLs, e-mail addresses. */
  readonly exclude: readonly Span[];
}

/** The expressions found, in text order, and messages about missing anchors. */
export interface TagOutput {
  readonly times: Timex[];
  readonly messages: Message[];
}

/** Every rule's matches over the text. */
function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const built = rule.build(m as RegExpExecArray, text);
      if (built) found.push(...(Array.isArray(built) ? built : [built]));
    }
  }
  return found;
}

/** Longest expressions win; among equals, the earliest. Then modifiers extend the winners leftwards. */
function selectCandidates(text: string, found: Candidate[], exclude: readonly Span[]): Candidate[] {
  const usable = found.filter(
    (c) => c.end > c.start && !exclude.some((x) => c.start < x.end && x.start < c.end),
  );
  usable.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of usable) {
    if (!chosen.some((o) => c.start < o.end && o.start < c.end)) chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c, i) => withModifier(text, c, i > 0 ? (chosen[i - 1]?.end ?? 0) : 0));
}

/** How many different years written make a text a history, however recent they are. */
const MIN_HISTORY_YEARS = 6;

/** How many expressions counted from the publication date make a text news, whatever years it recalls. */
const DEICTIC_NEWS = 3;

/** True when the years written in the text are mostly far before the publication date (a history). */
function isNarrative(candidates: readonly Candidate[], published: number | null): boolean {
  if (published === null) return true;
  const years = candidates.flatMap((c) => {
    const y = c.meaning.k === "fixed" ? c.meaning.year : "y" in c.meaning ? c.meaning.y : undefined;
    return y !== undefined ? [y] : [];
  });
  // Two or three background years are common in news; a history writes many.
  if (years.length < 4) return false;
  // News counts from its own day: weekdays, "yesterday", "last week". A report that also recalls many past
  // years ("McCain, the nominee in 2008, …") is still news; a history names hardly any such day.
  const deictic = candidates.filter(
    (c) => c.meaning.k === "weekday" || (c.meaning.k === "rel" && c.meaning.base === "dct"),
  ).length;
  if (deictic >= DEICTIC_NEWS && deictic * 3 >= years.length) return false;
  const sorted = [...years].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? published;
  // A chronicle of recent years (a war from 2003 to 2009 told in 2009) writes many different years, most of
  // them at least two years old; news with background years mostly writes this year's and last year's.
  if (new Set(years).size >= MIN_HISTORY_YEARS && median <= published - 2) return true;
  return median < published - 2;
}

function sentenceIndexer(sentences: readonly Span[]): (offset: number) => number {
  let i = 0;
  return (offset) => {
    while (i + 1 < sentences.length && (sentences[i]?.end ?? 0) <= offset) i++;
    return i;
  };
}

/** True when a reporting verb stands at most three words before the end of `lead` ("said on Saturday "). */
function reportsBefore(lead: string): boolean {
  const words = lead.toLowerCase().split(/\s+/u).filter(Boolean).slice(-4);
  return words.some((w) => REPORT_DATING_VERBS.has(w));
}

/** Finds and normalises the time expressions of a text. Pure: anchors come only from `input`. */
export function tagTimes(text: string, input: TagInput): TagOutput {
  const dct = parseYmd(input.published);
  const chosen = selectCandidates(text, findCandidates(text), input.exclude);
  const narrative = isNarrative(chosen, dct?.y ?? null);
  const sentenceOf = sentenceIndexer(input.sentences);
  const times: Timex[] = [];
  const messages: Message[] = [];
  let story: StoryState = STORY_START;
  let lastPeriod: string | null = null;
  let lastDay: Anchors["lastDay"] = null;
  for (const c of chosen) {
    const sentence = sentenceOf(c.start);
    const span = input.sentences[sentence];
    const anchors: Anchors = {
      dct,
      ref: story.ref,
      refInSentence: story.ref !== null && story.refSentence === sentence,
      lastYear: story.lastYear,
      lastDay,
      sentence,
      lastPeriod,
      narrative,
      tense: span ? tenseAt(text.slice(span.start, span.end), c.start - span.start) : "present",
      verbless: span ? isVerbless(text.slice(span.start, span.end)) : true,
      before: text.slice(Math.max(0, c.start - 20), c.start).toLowerCase(),
      lead: span ? text.slice(Math.max(span.start, c.start - 120), c.start) : "",
      after: text.slice(c.end, c.end + 30),
    };
    const resolved = resolve(c.meaning, anchors);
    const prev = times[times.length - 1];
    const r =
      prev && c.meaning.k === "date" && resolved.type === "DATE"
        ? {
            ...resolved,
            value: orderRangeEnd(
              prev.value,
              resolved.value,
              text.slice(prev.end, c.start),
              c.meaning.y === undefined && c.meaning.yearShift === undefined,
            ),
          }
        : resolved;
    times.push({
      start: c.start,
      end: c.end,
      type: r.type,
      value: r.value,
      ...(c.mod ? { mod: c.mod } : {}),
      anchor: r.anchor,
    });
    if (r.unanchored) {
      messages.push({
        start: c.start,
        end: c.end,
        rule: "time.no-anchor",
        message: `"${text.slice(c.start, c.end)}" is relative but the document has no publication date; value left as ${r.value}.`,
      });
    }
    // What "the latest quarter" or "a year earlier" refer to: a period the text named, not a comparison.
    const comparing =
      c.meaning.k === "period" ||
      (c.meaning.k === "yearpart" && c.meaning.yearAgo === true) ||
      (c.meaning.k === "rel" && c.meaning.base !== "dct") ||
      /since\s+$/.test(anchors.before);
    if (r.type === "DATE" && /^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}))?$/.test(r.value) && !comparing)
      lastPeriod = r.value;
    if (r.type === "DATE" || r.type === "TIME") {
      const point = refFromValue(r.value);
      const explicit =
        (c.meaning.k === "fixed" && c.meaning.year !== undefined) ||
        ("y" in c.meaning && c.meaning.y !== undefined);
      const clause = span ? text.slice(Math.max(span.start, c.start - 60), c.start) : "";
      // In news, "the highest since November 2009" compares with a past date: the story stays where it is.
      const comparison = !narrative && explicit && /\bsince\s+$/i.test(anchors.before);
      if (point && !comparison) story = advanceStory(story, point, explicit, sentence, isProspect(clause));
      // The day a report was made ("the ministry said Saturday evening") is not the day of what it reports.
      const reported = reportsBefore(anchors.lead);
      if (point?.d !== undefined && !comparison && !reported) lastDay = { ref: point, sentence };
    }
  }
  return { times: withFollowingDay(text, times, chosen), messages };
}

/**
 * A clock time placed on the publication day (or the story's day) takes the day written right after it instead:
 * "struck at 3:40 a.m. last Saturday", "at 9 a.m. on Tuesday" put the time on that Saturday or Tuesday.
 */
function withFollowingDay(text: string, times: Timex[], chosen: readonly Candidate[]): Timex[] {
  return times.map((t, i) => {
    const next = times[i + 1];
    if (chosen[i]?.meaning.k !== "clock" || (t.anchor !== "published" && t.anchor !== "narrative") || !next)
      return t;
    if (!/^\s*,?\s*(?:on\s+)?$/i.test(text.slice(t.end, next.start))) return t;
    const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(next.value)?.[1];
    const time = /T(.+)$/.exec(t.value)?.[1];
    return day && time ? { ...t, value: `${day}T${time}`, anchor: next.anchor } : t;
  });
}
