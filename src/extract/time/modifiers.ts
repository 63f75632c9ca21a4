import { DAY_PARTS } from "./lexicon.ts";
import type { Candidate } from "./semantics.ts";

/**
 * Modifiers written before an expression belong to its extent and set TimeML's `mod`:
 * "early June" (START), "the end of the year" (END), "mid-2024" (MID), "more than two years" (MORE_THAN).
 */

interface Prefix {
  readonly re: RegExp;
  readonly mod: string | null;
}

// Each pattern must match at the very end of the text before the expression.
const POINT_PREFIXES: readonly Prefix[] = [
  { re: /early\s+in\s+$/i, mod: "START" },
  // "later in the year", "earlier in the month": like "later this year", one DATE without a mod.
  { re: /(?:later|earlier)\s+in\s+$/i, mod: null },
  { re: /late\s+in\s+$/i, mod: "END" },
  { re: /(?:the\s+)?(?:very\s+)?early[\s-]+$/i, mod: "START" },
  { re: /(?:the\s+)?(?:very\s+)?late[\s-]+$/i, mod: "END" },
  { re: /(?:the\s+)?mid-?\s*$/i, mod: "MID" },
  { re: /the\s+(?:very\s+)?(?:end|close|last\s+days|final\s+days)\s+of\s+$/i, mod: "END" },
  { re: /the\s+(?:very\s+)?(?:beginning|start|outset|dawn|first\s+days)\s+of\s+$/i, mod: "START" },
  { re: /the\s+(?:middle|midst)\s+of\s+$/i, mod: "MID" },
  // "the first week of April", "the second half of March": a part of the month, as "early April" would be.
  { re: /the\s+(?:first|opening)\s+(?:week|half)\s+of\s+$/i, mod: "START" },
  { re: /the\s+(?:(?:last|final|closing)\s+(?:week|half)|second\s+half)\s+of\s+$/i, mod: "END" },
  { re: /the\s+(?:early|earlier)\s+part\s+of\s+$/i, mod: "START" },
  { re: /the\s+(?:late|latter|later)\s+part\s+of\s+$/i, mod: "END" },
  { re: /(?:around|about|circa|approximately|roughly|ca\.|c\.)\s+$/i, mod: "APPROX" },
  { re: /the\s+years?\s+$/i, mod: null },
  { re: /fiscal\s+(?:year\s+)?$/i, mod: null },
];

const DURATION_PREFIXES: readonly Prefix[] = [
  { re: /(?:about|around|approximately|roughly|some|an\s+estimated|close\s+to)\s+$/i, mod: "APPROX" },
  { re: /(?:nearly|almost|less\s+than|under|fewer\s+than|just\s+under)\s+$/i, mod: "LESS_THAN" },
  { re: /(?:more\s+than|(?:just\s+|well\s+)?over|longer\s+than)\s+$/i, mod: "MORE_THAN" },
  { re: /(?:at\s+least|no\s+less\s+than)\s+$/i, mod: "EQUAL_OR_MORE" },
  { re: /(?:at\s+most|up\s+to|no\s+more\s+than)\s+$/i, mod: "EQUAL_OR_LESS" },
];

/**
 * Before an offset from a point ("more than a decade ago", "nearly two weeks later"), a quantity modifier is
 * part of the expression; TimeML 1.2.1 gives it a point's `mod`: BEFORE for "more than a decade ago", AFTER for
 * "less than a year ago" (the other way round after "later" / "from now"). "about" / "some" stay APPROX.
 */
const OFFSET_PREFIXES: readonly (Prefix & { readonly more: boolean | null })[] = [
  { re: /(?:about|around|approximately|roughly|some)\s+$/i, mod: "APPROX", more: null },
  // Not a bare "over" / "under": "who took over three years ago".
  { re: /(?:nearly|almost|less\s+than|just\s+under)\s+$/i, mod: null, more: false },
  { re: /(?:more\s+than|just\s+over|well\s+over|longer\s+than)\s+$/i, mod: null, more: true },
];

/**
 * Words after which a bare "over" quantifies the duration ("for over a year", "took over a month"); elsewhere it
 * is the preposition of a span ("phased in over five years", "holding prisoners over 24 hours"): "in" counts
 * only as a preposition ("the first time in over a decade"), not as a verb's particle ("phased in").
 */
const OVER_AS_MORE_THAN =
  /(?:^|[^\p{L}])(?:for|of|(?<!(?:ed|ing)\s+)in|after|than|within|where|took|takes?|taken|taking|lasted|lasts?|lasting|spent|spends?|spending)\s+over\s+$/iu;

const OFFSET_END = /\s(?:ago|earlier|later|before|after|afterwards?|from\s+now|hence)$/i;

/** "about" before a day word or a bare month name is a preposition ("talked about today"), not APPROX. */
const ABOUT_TOPIC =
  /^(?:today|tonight|tomorrow|yesterday|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "the mid-January poll": with a bare month name, "the" is the determiner of the noun that follows. */
const BARE_MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

function isDuration(c: Candidate): boolean {
  return c.meaning.k === "fixed" && c.meaning.type === "DURATION";
}

/** A weekday or a day counted from publication ("today", "yesterday", "this morning", "tonight"). */
function isDay(c: Candidate): boolean {
  const m = c.meaning;
  return (m.k === "weekday" && !m.weekend) || (m.k === "rel" && m.base === "dct" && m.unit === "day");
}

/** The candidate grown leftwards over a modifier, not past `limit` (the end of the previous expression). */
export function withModifier(text: string, c: Candidate, limit: number): Candidate {
  if (c.meaning.k === "fixed" && (c.meaning.type === "SET" || /_REF$/.test(c.meaning.value))) return c;
  // "about 7 a.m.", "around 10:30 p.m.": only an approximation belongs to a clock time.
  if (c.meaning.k === "clock") {
    const approx = /(?:around|about|approximately|roughly|circa)\s+$/i.exec(
      text.slice(Math.max(limit, c.start - 20), c.start),
    );
    const at = approx ? c.start - approx[0].length : -1;
    if (!approx || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? ""))) return c;
    return { ...c, start: at, mod: "APPROX" };
  }
  const before = text.slice(Math.max(limit, c.start - 40), c.start);
  // "the night of 10 August": one TIME expression for that part of the day.
  const part = /the\s+(morning|afternoon|evening|night)\s+of\s+$/i.exec(before);
  if (part && ((c.meaning.k === "date" && c.meaning.d !== undefined) || c.meaning.k === "weekday")) {
    const code = DAY_PARTS[(part[1] ?? "").toLowerCase()];
    return {
      ...c,
      start: c.start - part[0].length,
      meaning: { ...c.meaning, ...(code ? { part: code } : {}) },
    };
  }
  // "the week ended Oct. 10", "the week to May 11" (statistics): one DATE, the ISO week holding that day.
  const week = /the\s+week\s+(?:that\s+)?(?:ended|ending|to|through)\s+$/i.exec(before);
  if (week && c.meaning.k === "date" && c.meaning.d !== undefined && !c.meaning.part) {
    return { ...c, start: c.start - week[0].length, meaning: { ...c.meaning, week: true } };
  }
  // "over the next two weeks": "over" is a preposition before a determiner, not a modifier.
  if (isDuration(c) && /^the\s/i.test(text.slice(c.start, c.end))) return c;
  const surface = text.slice(c.start, c.end);
  if (!isDuration(c) && OFFSET_END.test(surface)) {
    const later = /\s(?:later|after|afterwards?|from\s+now|hence)$/i.test(surface);
    for (const prefix of OFFSET_PREFIXES) {
      const match = prefix.re.exec(before);
      if (!match) continue;
      const at = c.start - match[0].length;
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
      const mod = prefix.more === null ? prefix.mod : prefix.more !== later ? "BEFORE" : "AFTER";
      return { ...c, start: at, ...(mod ? { mod } : {}) };
    }
    return c;
  }
  // "earlier Tuesday", "later today", "earlier this morning": part of the expression, as TimeBank-style taggers
  // take it (a time within that day, relative to another event of it); the value stays the day, without a mod.
  if (isDay(c)) {
    const relative = /(?:earlier|later)\s+$/i.exec(before);
    const at = relative ? c.start - relative[0].length : -1;
    if (relative && !(at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? ""))) return { ...c, start: at };
  }
  const prefixes = isDuration(c) ? DURATION_PREFIXES : POINT_PREFIXES;
  for (const prefix of prefixes) {
    const match = prefix.re.exec(before);
    if (!match) continue;
    // A whole-word match only: "chocolate June" must not yield "late June".
    let at = c.start - match[0].length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
    if (/^about\s/i.test(match[0]) && ABOUT_TOPIC.test(surface)) return c;
    if (/^over\s/i.test(match[0]) && !OVER_AS_MORE_THAN.test(before)) return c;
    if (BARE_MONTH.test(surface)) {
      // Not "the middle of May", which keeps its "the" as "the end of May" does.
      const the = /^the\s+(?=(?:very\s+)?(?:early|late|mid)\b)/i.exec(match[0]);
      if (the) at += the[0].length;
    }
    return { ...c, start: at, ...(prefix.mod ? { mod: prefix.mod } : {}) };
  }
  return c;
}
