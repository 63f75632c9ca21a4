import { durationValue, VAGUE_DURATION } from "./durations.ts";
import { MONTH_ALONE_RE, UNIT_RE, UNIT_WORDS, type Unit } from "./lexicon.ts";
import { COUNT_RE, parseCount } from "./numbers.ts";
import { type Candidate, pattern, type Rule, wordBefore } from "./semantics.ts";

/** Durations: "two months", "the past three years", "for years", "a 32-year-old". */

function duration(
  start: number,
  end: number,
  value: string,
  rule: string,
  type: "DURATION" | "SET" = "DURATION",
): Candidate {
  return { start, end, meaning: { k: "fixed", type, value }, rule };
}

const DET =
  "the(?:\\s+(?:past|last|next|coming|previous|first|following|final|initial|preceding|remaining|latest|ensuing|intervening))?";
const PLURAL = "(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)";

/**
 * "faced weeks of protests", "after months of talks": a bare plural unit followed by "of" is a duration after
 * these words, and "within hours of his arrest" too; elsewhere "years of" is too often a count ("years of age",
 * "years of service").
 */
function spanOf(text: string, start: number, length: number): boolean {
  return (
    /^(?:after|following|amid|despite|faced|faces|face|facing|endured|ending|ended|end|within)$/.test(
      wordBefore(text, start),
    ) && /^\s+of\s+\p{L}/u.test(text.slice(start + length, start + length + 12))
  );
}

/** Rules for durations. */
export const DURATION_RULES: readonly Rule[] = [
  {
    name: "duration",
    re: pattern(
      `(?:${DET}\\s+)?(?<n>${COUNT_RE})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+(?:consecutive|straight|successive|full|more))?[\\s-]+(?<unit>${UNIT_RE})(?<half2>\\s+and\\s+a\\s+half)?(?<old>[\\s-]+old|[\\s-]+long)?`,
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      let n = parseCount(g.n ?? "");
      if (n === null) return null;
      const unitWord = (g.unit ?? "").toLowerCase();
      // "a year" alone after "once" / "twice" is a frequency; the set rule covers it.
      if (/^(?:once|twice|times)$/.test(wordBefore(text, m.index))) return null;
      // Counting things whose name starts with a unit ("two weekends" is fine, "three daysailers" never matches).
      if (n !== "X" && (g.half || g.half2)) n += 0.5;
      // "a second attack", "three quarters of the troops": ordinals and fractions, not durations.
      if (/^(?:second|quarters?)$/.test(unitWord) && !/^\d/.test(g.n ?? "")) return null;
      if (/\d[:.,]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
      // "a day care center", "a day trip": a compound noun, not a stretch of time.
      if (/^[\s-]+(?:care|trip|trader|job|pass)s?\b/i.test(text.slice(m.index + m[0].length))) return null;
      const unit = UNIT_WORDS[unitWord] as Unit;
      // "the 1997 year", "a fiscal 1996 year estimate": a year written with "year", not 1997 years.
      if (
        typeof n === "number" &&
        n >= 1000 &&
        unitWord === "year" &&
        /^\d{4}$/.test(g.n ?? "") &&
        !/-/.test(m[0]) &&
        !g.old
      )
        return null;
      // "hope one day to", "could one day stretch": "one day" meaning some day to come, not a day long (TIMEX2
      // tags it as an unknown day; a future reference is what can be said of it).
      if (
        /^one\s+day$/i.test(m[0]) &&
        /^(?:hope|hopes|hoped|hoping|could|would|will|might|may|can|shall|should|must|that|perhaps|someday|wish|dream)$/i.test(
          wordBefore(text, m.index),
        )
      )
        return {
          start: m.index,
          end: m.index + m[0].length,
          meaning: { k: "fixed", type: "DATE", value: "FUTURE_REF" },
          rule: "duration",
        };
      // "a $15-an-hour wage": a rate, like "$15 an hour".
      if (/^an?-/i.test(m[0]) && /\d-$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
        return duration(m.index, m.index + m[0].length, durationValue(1, unit), "duration", "SET");
      // "the 46-day campaign": a bare "the" belongs to the noun the duration modifies, not to the duration.
      // "a year-long war": the article goes with the noun too.
      if (/^an?\s/i.test(m[0]) && /-(?:long|old)$/i.test(m[0])) {
        const article = /^an?\s+/i.exec(m[0])?.[0].length ?? 0;
        return duration(m.index + article, m.index + m[0].length, durationValue(n, unit), "duration");
      }
      const bareThe = /^the\s+/i.exec(m[0]);
      const adjective = !unitWord.endsWith("s") || /-/.test(m[0].slice(0, -unitWord.length).slice(-1));
      const start =
        bareThe &&
        !/^the\s+(?:past|last|next|coming|previous|first|following|final|initial|preceding|remaining|latest|ensuing|intervening)\s/i.test(
          m[0],
        ) &&
        adjective
          ? m.index + bareThe[0].length
          : m.index;
      return duration(
        start,
        m.index + m[0].length,
        durationValue(n, unit, Boolean(g.half || g.half2)),
        "duration",
      );
    },
  },
  {
    // "a fortnight", "the past fortnight", "two fortnights": two weeks each.
    name: "duration-fortnight",
    re: pattern(
      `(?:(?:the\\s+(?:past|last|next|coming|previous|following)|an?|one|(?<n>${COUNT_RE}))\\s+)?fortnights?(?![\\p{L}-])`,
      true,
    ),
    build(m) {
      const n = m.groups?.n ? parseCount(m.groups.n) : 1;
      if (typeof n !== "number") return null;
      return duration(m.index, m.index + m[0].length, `P${2 * n}W`, "duration-fortnight");
    },
  },
  {
    // "the past year", "the last decade", "the coming week": one unit, counted from the anchor.
    name: "duration-the-past-unit",
    re: pattern(
      "the\\s+(?<dir>past|last|coming|next|following)\\s+(?<unit>hour|day|week|month|year|decade|century)",
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const unit = UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit;
      // "the last week of March", "the first week of April": a part of the month (the modifier rules take it).
      if (
        new RegExp(`^\\s+of\\s+(?:${MONTH_ALONE_RE}|\\d{4}\\b)`).test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 16),
        )
      )
        return null;
      // "the next day" is a date after the last one mentioned; "over the next week" is a stretch of time.
      const stretch = /^(?:over|for|during|within|throughout)$/.test(wordBefore(text, m.index));
      if (/^(?:next|following)$/i.test(g.dir ?? "") && !stretch && unit !== "decade" && unit !== "century")
        return null;
      return {
        ...duration(m.index, m.index + m[0].length, durationValue(1, unit), "duration-unit"),
        priority: stretch ? 1 : 0,
      };
    },
  },
  {
    // "recent years", "the past few months", "the coming weeks", "in coming weeks", "for years", "months-long"
    name: "duration-vague",
    re: pattern(
      `(?:(?<det>recent|coming|${DET}(?:\\s+(?:few|several|many))?|(?:a\\s+)?few|several|many)(?:\\s+more)?\\s+)?${PLURAL}(?<long>-long)?`,
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // A bare "the years" is a duration only as "over the years", "in the years", not "the years 1955-57".
      if (/^the$/i.test(g.det ?? "")) {
        if (
          !/^(?:over|in|during|throughout|for)$/.test(wordBefore(text, m.index)) ||
          /^\s+(?:of|\d)/.test(after)
        ) {
          // "the decades-long dispute": the article goes with the noun; the adjective is the duration.
          if (!g.long) return null;
          const unit = UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit;
          const end = m.index + m[0].length;
          return duration(end - (g.unit ?? "").length - 5, end, VAGUE_DURATION[unit], "duration-vague");
        }
      }
      // "just days before the vote", "hours after the attack": the stretch between an event and another.
      const beforeEvent = /^\s+(?:before|after)\s+(?:the|a|an|his|her|their|its|\p{L})/iu.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      );
      if (
        !g.det &&
        !g.long &&
        !beforeEvent &&
        !spanOf(text, m.index, m[0].length) &&
        !/^(?:for|in|within|over|after|took|take|takes|last|lasted|lasting|spent|spend|spends|spending)$/.test(
          wordBefore(text, m.index),
        )
      )
        return null;
      if (
        !g.det &&
        !spanOf(text, m.index, m[0].length) &&
        /^\s+(?:of|ago|later|earlier|old)\b/i.test(text.slice(m.index + m[0].length))
      )
        return null;
      const unit = UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit;
      return duration(m.index, m.index + m[0].length, VAGUE_DURATION[unit], "duration-vague");
    },
  },
  {
    name: "half-an-hour",
    re: pattern("half\\s+an\\s+hour|half\\s+a\\s+(?<u>day|year|century)", true),
    build(m) {
      const u = (m.groups?.u ?? "hour").toLowerCase();
      const value = u === "hour" ? "PT30M" : u === "day" ? "PT12H" : u === "year" ? "P6M" : "P50Y";
      return duration(m.index, m.index + m[0].length, value, "half");
    },
  },
];
