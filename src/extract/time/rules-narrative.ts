import { MONTH_ALONE_RE, MONTHS, UNIT_WORDS, type Unit } from "./lexicon.ts";
import { COUNT_RE, parseCount } from "./numbers.ts";
import { partOf, pattern, type Rule, whole, wordBefore } from "./semantics.ts";

/**
 * Expressions anchored on the last-mentioned date ("A day later", "the following week", "August of that
 * year"), offsets from the publication date ("two years ago"), and present/past/future references.
 */

export const NARRATIVE_RULES: readonly Rule[] = [
  {
    // "two years ago", "a day later", "three weeks earlier", "a year before", "two months from now"
    name: "offset",
    re: pattern(
      `(?:(?<n>${COUNT_RE})[\\s-]+)?(?<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?|mins?|seconds?)\\s+(?<dir>ago|later|earlier|before|after|afterwards?|from\\s+now|hence)`,
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      // "weeks ago", "hours later", "days earlier": a bare plural unit is an unknown count of them, but not
      // after a word that governs it ("all these years later", "the days before").
      if (
        g.n === undefined &&
        (!/s$/i.test(g.unit ?? "") ||
          /^(?:the|these|those|all|of|many|recent|past|coming|few|several|some)$/.test(
            wordBefore(text, m.index),
          ))
      )
        return null;
      const n = g.n === undefined ? "X" : parseCount(g.n);
      if (n === null) return null;
      const dir = (g.dir ?? "").toLowerCase();
      // "two years after the war" names an event anchor we cannot resolve: keep only the duration.
      if (
        (dir === "before" || dir === "after") &&
        /^\s*(?:the|a|an|his|her|their|its|he|she|they|it|\p{L})/u.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 4),
        ) &&
        !/^\s*[,.;)]/.test(text.slice(m.index + m[0].length))
      )
        return null;
      // "two months earlier than planned": a comparison of two times, the gap between them a duration.
      if ((dir === "earlier" || dir === "later") && /^\s+than\b/i.test(text.slice(m.index + m[0].length)))
        return null;
      const sign = dir === "ago" || dir === "earlier" || dir === "before" ? -1 : 1;
      const base = dir === "ago" || dir.startsWith("from") || dir === "hence" ? "dct" : "ref";
      const written = UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit;
      // "a decade ago" names a year (2015), not a decade: count decades (and centuries) in years.
      const unit = written === "decade" || written === "century" ? "year" : written;
      const count = n === "X" ? n : written === "decade" ? n * 10 : written === "century" ? n * 100 : n;
      const offset = count === "X" ? (sign < 0 ? "X-" : "X+") : sign * count;
      return whole(m, { k: "rel", base, unit, offset }, "offset");
    },
  },
  {
    name: "narrative",
    re: pattern(
      `(?:the\\s+(?<which>next|following|previous|preceding|same|prior)|(?:(?:later|earlier)\\s+)?(?<that>that(?:\\s+same)?))\\s+(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year)`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      const which = (g.which ?? "same").toLowerCase();
      const offset = which === "next" || which === "following" ? 1 : which === "same" ? 0 : -1;
      const word = (g.unit ?? "").toLowerCase();
      const part = partOf(word);
      const unit = part ? "day" : (UNIT_WORDS[word] as Unit);
      return whole(m, { k: "rel", base: "ref", unit, offset, ...(part ? { part } : {}) }, "narrative");
    },
  },
  {
    // "August of that year", "January 24 of the same year": the month of a year named before.
    name: "of-that-year",
    re: pattern(
      `(?<mon>${MONTH_ALONE_RE})(?:\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?)?\\s+of\\s+(?<which>that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+year`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const month = MONTHS[(g.mon ?? "").toLowerCase().replace(/\.$/, "")] ?? 1;
      const which = (g.which ?? "").toLowerCase();
      const yearShift = /following|next/.test(which) ? 1 : /previous|preceding/.test(which) ? -1 : 0;
      const day = g.day ? { d: Number(g.day) } : {};
      return whole(m, { k: "date", m: month, ...day, yearShift }, "of-that-year");
    },
  },
  {
    name: "day-before",
    re: pattern("the\\s+(?<unit>day|week|month|year)\\s+(?<dir>before|after)(?=\\s*[,.;])", true),
    build(m) {
      const unit = UNIT_WORDS[(m.groups?.unit ?? "").toLowerCase()] as Unit;
      return whole(
        m,
        { k: "rel", base: "ref", unit, offset: /before/i.test(m.groups?.dir ?? "") ? -1 : 1 },
        "day-before",
      );
    },
  },
  {
    // "the end of the year", "the beginning of the month", "by the end of the decade": the unit itself,
    // anchored on the publication date.
    name: "the-unit-of",
    re: pattern("the\\s+(?<unit>year|month|week|decade|century)", true),
    build(m, text) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (
        !/(?:(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of|(?:earlier|later|early|late)\s+in)\s+$/i.test(
          before,
        )
      )
        return null;
      const unit = UNIT_WORDS[(m.groups?.unit ?? "").toLowerCase()] as Unit;
      return whole(m, { k: "rel", base: "ctx", unit, offset: 0 }, "the-unit-of");
    },
  },
  {
    // "by year-end", "at month's end": the end of the current unit (of the story's, in a history).
    name: "unit-end",
    re: pattern("(?<unit>year|month|week)(?:-end|['’]s\\s+end)", true),
    build(m) {
      const unit = UNIT_WORDS[(m.groups?.unit ?? "").toLowerCase()] as Unit;
      return { ...whole(m, { k: "rel", base: "ctx", unit, offset: 0 }, "unit-end"), mod: "END" };
    },
  },
  {
    name: "ref-words",
    re: pattern(
      "(?<w>now|currently|nowadays|these\\s+days|(?<=\\b(?:[Aa]t|[Ff]or)\\s)the\\s+moment(?!\\s+(?:of|when|that|it|he|she|they|we)\\b)|recently|the\\s+(?:recent\\s+|distant\\s+)?past|the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+present(?:\\s+day)?|at\\s+present)",
      true,
    ),
    build(m, text) {
      const w = (m.groups?.w ?? "").toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (
        w === "the past" &&
        /^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day|hour|century)/i.test(
          after,
        )
      )
        return null;
      if (w === "now" && /^\s*(?:that\b)/i.test(after)) return null;
      // "the present circumstances", "the present contract": an adjective before a noun.
      if (
        w === "the present" &&
        /^\s+[a-z]/.test(after) &&
        !/^\s+(?:and|or|but|is|was|are|were|has|had|will|would|with|to|in|on|at|of|for|by|as|when|where|that|which|time)\b/.test(
          after,
        )
      )
        return null;
      const value = /past|recently/.test(w) ? "PAST_REF" : /future/.test(w) ? "FUTURE_REF" : "PRESENT_REF";
      const start = w === "at present" ? m.index + m[0].length - 7 : m.index;
      return {
        start,
        end: m.index + m[0].length,
        meaning: { k: "fixed", type: "DATE", value },
        rule: "ref-words",
      };
    },
  },
];
