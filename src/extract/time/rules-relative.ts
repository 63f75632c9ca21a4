import {
  DAY_PART_RE,
  MONTH_ALONE_RE,
  MONTHS,
  SEASON_RE,
  SEASONS,
  UNIT_WORDS,
  type Unit,
  WEEKDAY_RE,
  WEEKDAYS,
} from "./lexicon.ts";
import { type Meaning, partOf, pattern, type Rule, whole, wordAfter, wordBefore } from "./semantics.ts";

/** Deictic expressions, anchored on the publication date: "yesterday", "last week", "on Sunday", "this summer". */

const SHIFT: Readonly<Record<string, -1 | 0 | 1>> = {
  this: 0,
  last: -1,
  next: 1,
  past: -1,
  coming: 1,
  previous: -1,
};

/** Words that make the weekday after them part of a name ("Super Tuesday", "Cyber Monday"). */
const WEEKDAY_NAME_PREFIX = /^(?:super|black|cyber|ash|bloody|sheffield|maundy|holy)$/;

const CAL_UNIT = "(?<unit>week|weekend|month|year|quarter|decade|century)";

/** Rules for expressions anchored on the publication date. */
export const RELATIVE_RULES: readonly Rule[] = [
  {
    name: "today",
    re: pattern(`(?<w>today|yesterday|tomorrow|tonight)(?:\\s+(?<part>${DAY_PART_RE}))?`, true),
    build(m) {
      const w = (m.groups?.w ?? "").toLowerCase();
      const offset = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      const part = w === "tonight" ? "NI" : partOf(m.groups?.part);
      return whole(m, { k: "rel", base: "dct", unit: "day", offset, ...(part ? { part } : {}) }, "today");
    },
  },
  {
    name: "this-morning",
    re: pattern(`(?<dir>this|last)\\s+(?<part>${DAY_PART_RE})`, true),
    build(m) {
      const offset = (m.groups?.dir ?? "").toLowerCase() === "last" ? -1 : 0;
      if (offset === -1 && (m.groups?.part ?? "").toLowerCase() !== "night") return null;
      return whole(
        m,
        { k: "rel", base: "dct", unit: "day", offset, part: partOf(m.groups?.part) ?? "MO" },
        "this-morning",
      );
    },
  },
  {
    name: "the-day-before-yesterday",
    re: pattern("the\\s+day\\s+(?<dir>before\\s+yesterday|after\\s+tomorrow)", true),
    build: (m) =>
      whole(
        m,
        { k: "rel", base: "dct", unit: "day", offset: /before/i.test(m[0]) ? -2 : 2 },
        "day-before-yesterday",
      ),
  },
  {
    // "last week", "this year", "next month", "earlier this week", "later this year", "this past weekend"
    name: "this-unit",
    re: pattern(
      `(?:(?<when>earlier|later)\\s+)?(?<dir>this|last|next|this\\s+past|this\\s+coming|the\\s+current)\\s+${CAL_UNIT}`,
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      if (!g.when && wordBefore(text, m.index) === "the") return null; // "the last year" is a duration
      const dir = (g.dir ?? "").toLowerCase().replace(/^(?:this|the)\s+/, "");
      const unit = UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit;
      return whole(m, { k: "rel", base: "dct", unit, offset: SHIFT[dir] ?? 0 }, "this-unit");
    },
  },
  {
    name: "weekday",
    re: pattern(
      `(?:(?<dir>[Tt]his|[Ll]ast|[Nn]ext|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?(?<wd>${WEEKDAY_RE})(?:['’]s)?(?:\\s+(?<part>${DAY_PART_RE}))?`,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      // "The Sunday Times", "the Monday Club": a weekday inside a name, not a day.
      if (
        !g.dir &&
        wordBefore(text, m.index) === "the" &&
        /^\p{Lu}/u.test(wordAfter(text, m.index + m[0].length))
      )
        return null;
      // "Super Tuesday", "Black Friday", "Sheffield Wednesday": names, not a day counted from publication.
      if (!g.dir && WEEKDAY_NAME_PREFIX.test(wordBefore(text, m.index))) return null;
      const dir = g.dir?.toLowerCase().replace(/^this\s+/, "");
      const shift = dir !== undefined ? SHIFT[dir] : undefined;
      const part = partOf(g.part);
      const wd = WEEKDAYS[(g.wd ?? "").toLowerCase()] ?? 1;
      const end = g.wd && m[0].endsWith("s") && !g.part ? m.index + m[0].length - 2 : m.index + m[0].length;
      const meaning: Meaning = {
        k: "weekday",
        wd,
        ...(shift !== undefined ? { shift } : {}),
        ...(part ? { part } : {}),
      };
      return { start: m.index, end, meaning, rule: "weekday" };
    },
  },
  {
    name: "the-weekend",
    re: pattern("the\\s+weekend", true),
    build: (m) => whole(m, { k: "weekday", wd: 6, weekend: true }, "the-weekend"),
  },
  {
    name: "last-month-name",
    re: pattern(`(?<dir>[Tt]his|[Ll]ast|[Nn]ext)\\s+(?<mon>${MONTH_ALONE_RE})`),
    build(m) {
      const g = m.groups ?? {};
      const month = MONTHS[(g.mon ?? "").toLowerCase().replace(/\.$/, "")] ?? 1;
      return whole(
        m,
        { k: "date", m: month, shift: SHIFT[(g.dir ?? "").toLowerCase()] ?? 0 },
        "last-month-name",
      );
    },
  },
  {
    name: "season",
    re: pattern(
      `(?:(?<dir>this|last|next|that(?:\\s+same)?|the\\s+same|the(?:\\s+(?:next|following|previous|preceding))?|this\\s+past|this\\s+coming)\\s+)?(?<season>${SEASON_RE})`,
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const dir = g.dir?.toLowerCase().replace(/^this\s+/, "");
      // A bare "spring" or "fall" is too often a noun or verb; "the"/"this"/"last" make it a time.
      // "the spring and summer": a season joined to a season is a time too.
      const joined = new RegExp(`${SEASON_RE}\\s+(?:and|or|to)\\s+$`, "i").test(
        text.slice(Math.max(0, m.index - 20), m.index),
      );
      if (
        !dir &&
        !joined &&
        !/^(?:in|since|during|by|until|early|late|mid|of|this|that)$/.test(wordBefore(text, m.index))
      )
        return null;
      // "the fall of Saigon": an event, not a season.
      if (dir === "the" && /^\s+of\s+(?!\d)/.test(text.slice(m.index + m[0].length))) return null;
      const season = SEASONS[(g.season ?? "").toLowerCase()] ?? "SU";
      // "the following spring", "that same spring" count from the last date mentioned, not from publication.
      const story = /^(?:the\s+(?:next|following|previous|preceding|same)|that(?:\s+same)?)$/.test(dir ?? "");
      const shift = story
        ? /next|following/.test(dir ?? "")
          ? 1
          : /same|that/.test(dir ?? "")
            ? 0
            : -1
        : dir === undefined || dir === "the"
          ? undefined
          : SHIFT[dir];
      const meaning = {
        k: "season" as const,
        season,
        ...(shift !== undefined ? { shift } : {}),
        ...(story ? { fromRef: true } : {}),
      };
      return whole(m, meaning, "season");
    },
  },
];
