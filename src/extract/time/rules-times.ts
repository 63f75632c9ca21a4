import { pad } from "./calendar.ts";
import { MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS } from "./lexicon.ts";
import { type Candidate, type Meaning, pattern, type Rule } from "./semantics.ts";

/**
 * Clock times: "3 p.m.", "10:30 a.m. ET", "3 p.m. Friday", "14:00 GMT", "noon". A day written right after the
 * time joins it ("3 p.m. Friday", with its part of the day: "9:40 p.m. Friday night"); after "on" it is an
 * expression of its own ("at 3 p.m. on Friday").
 */

const ZONE = "(?:\\s+(?<tz>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|local\\s+time))?";

function clock(hour: number, minute: number, ampm: string | undefined): string | null {
  let h = hour;
  const ap = (ampm ?? "").toLowerCase();
  if (ap.startsWith("p") && h < 12) h += 12;
  if (ap.startsWith("a") && h === 12) h = 0;
  if (h > 24 || minute > 59) return null;
  return `${pad(h)}:${pad(minute)}`;
}

/** A weekday written right after a clock time, with its part of the day: "10:30 Thursday (morning)". */
const WEEKDAY_AFTER = `(?:,?\\s+(?<wd>${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night)\\b)?)`;

/** A clock time without a.m./p.m., on the weekday written after it if any. */
function bareClock(m: RegExpExecArray, rule: string): Candidate | null {
  const time = clock(Number(m.groups?.h), Number(m.groups?.min), undefined);
  if (time === null) return null;
  const wd = m.groups?.wd ? WEEKDAYS[m.groups.wd.toLowerCase()] : undefined;
  const meaning: Meaning = wd ? { k: "weekday", wd, time } : { k: "clock", time };
  return { start: m.index, end: m.index + m[0].length, meaning, rule };
}

/** Rules for clock times. */
export const TIME_RULES: readonly Rule[] = [
  {
    name: "clock-ampm",
    re: pattern(
      `(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>[ap]\\.m\\.?|[ap]m)${ZONE}(?:,?\\s+(?:(?<wd>${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night)\\b)?|(?<mon>${MONTH_RE})\\s+(?<day>[0-3]?\\d)(?![\\d:])))?`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      const time = clock(Number(g.h), Number(g.min ?? 0), g.ap);
      if (time === null) return null;
      const wd = g.wd ? WEEKDAYS[g.wd.toLowerCase()] : undefined;
      // "9 p.m. March 3": one TIME on that day, its year inferred like the date's.
      const month = g.mon ? MONTHS[g.mon.toLowerCase().replace(/\.$/, "")] : undefined;
      const day = Number(g.day);
      const meaning: Meaning = wd
        ? { k: "weekday", wd, time }
        : month !== undefined && day >= 1 && day <= 31
          ? { k: "date", m: month, d: day, part: time }
          : { k: "clock", time };
      return { start: m.index, end: m.index + m[0].length, meaning, rule: "clock-ampm" };
    },
  },
  {
    name: "clock-24h",
    re: pattern(
      "(?<h>[0-2]?\\d):(?<min>[0-5]\\d)\\s*(?:GMT|UTC|hrs|hr|hours|h|ET|EST|EDT|PT|PST|PDT|BST|CET|CEST|local\\s+time)",
    ),
    build(m) {
      const time = clock(Number(m.groups?.h), Number(m.groups?.min), undefined);
      return time
        ? { start: m.index, end: m.index + m[0].length, meaning: { k: "clock", time }, rule: "clock-24h" }
        : null;
    },
  },
  {
    // "1200 GMT", "0600 hours": military clock times, which would otherwise look like years.
    name: "clock-military",
    re: pattern("(?<h>[0-2]\\d)(?<min>[0-5]\\d)\\s*(?:GMT|UTC|Z|hrs|hours|h|local\\s+time)"),
    build(m) {
      const time = clock(Number(m.groups?.h), Number(m.groups?.min), undefined);
      return time
        ? {
            start: m.index,
            end: m.index + m[0].length,
            meaning: { k: "clock", time },
            rule: "clock-military",
          }
        : null;
    },
  },
  {
    // "at 10:57": a bare clock time after "at", "by", "until" or "from".
    name: "clock-at",
    re: pattern(
      `(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter)\\s)(?<h>[0-2]?\\d):(?<min>[0-5]\\d)(?!\\d)${WEEKDAY_AFTER}?`,
    ),
    build: (m) => bareClock(m, "clock-at"),
  },
  {
    // "10:30 Thursday": a bare clock time with the day written right after it, as "10 a.m. Thursday" is.
    name: "clock-weekday",
    re: pattern(`(?<![\\d:.,])(?<h>[0-2]?\\d):(?<min>[0-5]\\d)(?!\\d)${WEEKDAY_AFTER}`),
    build: (m) => bareClock(m, "clock-weekday"),
  },
  {
    // "at dawn", "before daybreak", "late into the night", "spent the night": a part of the day on the day the sentence is about.
    name: "dawn",
    re: pattern(
      "(?<=\\b(?:[Aa]t|[Bb]efore|[Aa]fter|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Aa]round|[Tt]ill)\\s)(?<w>dawn|daybreak|first\\s+light|dusk|nightfall)|(?<=\\b(?:into|through|throughout|during|spent|spend|spends|spending)\\s)(?<night>the\\s+night)(?!\\s+of\\b)",
    ),
    build(m) {
      const w = m.groups?.w ?? "";
      const time = m.groups?.night || /dusk|night/.test(w) ? (m.groups?.night ? "NI" : "EV") : "MO";
      return { start: m.index, end: m.index + m[0].length, meaning: { k: "clock", time }, rule: "dawn" };
    },
  },
  {
    // "noon", "midnight Sunday", "midnight tonight": with the weekday or "tonight" written right after it, one
    // TIME on that day. "noon today" stays two expressions, as the news dev set annotates it.
    name: "noon",
    re: pattern(`(?<w>noon|midday|midnight)(?:\\s+(?:(?<wd>${WEEKDAY_RE})|(?<dw>tonight))\\b)?`, true),
    build(m) {
      const g = m.groups ?? {};
      const time = /night/i.test(g.w ?? "") ? "24:00" : "12:00";
      const meaning: Meaning = g.wd
        ? { k: "weekday", wd: WEEKDAYS[g.wd.toLowerCase()] ?? 0, time }
        : g.dw
          ? { k: "rel", base: "dct", unit: "day", offset: 0, part: time }
          : { k: "clock", time };
      return { start: m.index, end: m.index + m[0].length, meaning, rule: "noon" };
    },
  },
];
