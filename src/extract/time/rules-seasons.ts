import { SEASON_RE, SEASONS } from "./lexicon.ts";
import { YEAR, YEAR_G } from "./rules-dates.ts";
import type { Feast } from "./semantics.ts";
import { pattern, type Rule } from "./semantics.ts";

/** Seasons and holidays: "summer 2010", "Christmas". Quarters and halves are in rules-yearparts.ts. */

/** Movable feasts: days from Easter Sunday, and the US holidays fixed by weekday. */
const FEASTS: Readonly<Record<string, Feast>> = {
  easter: { easter: 0 },
  "easter sunday": { easter: 0 },
  "easter monday": { easter: 1 },
  "good friday": { easter: -2 },
  "holy thursday": { easter: -3 },
  "maundy thursday": { easter: -3 },
  "palm sunday": { easter: -7 },
  "ash wednesday": { easter: -46 },
  "whit monday": { easter: 50 },
  thanksgiving: { k: "thanksgiving" },
  "thanksgiving day": { k: "thanksgiving" },
  "election day": { k: "election" },
};

export const SEASON_RULES: readonly Rule[] = [
  {
    name: "season-year",
    re: pattern(
      `(?:the\\s+)?(?<season>${SEASON_RE})(?:\\s+of)?\\s+${YEAR_G}(?!\\d)|(?<y2>${YEAR})\\s+(?<season2>${SEASON_RE})`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      if (g.y2) {
        const meaning = {
          k: "season" as const,
          season: SEASONS[(g.season2 ?? "").toLowerCase()] ?? "SU",
          y: Number(g.y2),
        };
        return { start: m.index, end: m.index + m[0].length, meaning, rule: "year-season" };
      }
      const season = SEASONS[(g.season ?? "").toLowerCase()] ?? "SU";
      const meaning = { k: "season" as const, season, y: g.era ? 1 - Number(g.year) : Number(g.year) };
      return { start: m.index, end: m.index + m[0].length, meaning, rule: "season-year" };
    },
  },
  {
    name: "holiday",
    re: pattern(
      `(?<h>Christmas(?:\\s+Eve|\\s+Day)?|New\\s+Year['’]s\\s+(?:Eve|Day)|Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday|(?:Holy|Maundy)\\s+Thursday|Palm\\s+Sunday|Ash\\s+Wednesday|Whit\\s+Monday|Thanksgiving(?:\\s+Day)?|Election\\s+Day)(?:,?\\s+(?<year>${YEAR})(?!\\d))?`,
    ),
    build(m, text) {
      const h = (m.groups?.h ?? "").toLowerCase().replace(/\s+/g, " ");
      // "Easter Island", "the Easter Rising": a name, not the feast.
      if (h === "easter" && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) return null;
      const feast = FEASTS[h];
      const y = m.groups?.year ? { y: Number(m.groups.year) } : {};
      if (feast) {
        // Approximate month and day, for placing the year; the day itself is computed from the year.
        const [fm, fd] = "easter" in feast ? [4, 1] : [11, 20];
        return {
          start: m.index,
          end: m.index + m[0].length,
          meaning: { k: "date", m: fm, d: fd, feast, ...y },
          rule: "holiday",
        };
      }
      const [mo, d] = h.includes("eve")
        ? h.startsWith("new")
          ? [12, 31]
          : [12, 24]
        : h.startsWith("new")
          ? [1, 1]
          : [12, 25];
      return {
        start: m.index,
        end: m.index + m[0].length,
        meaning: { k: "date", m: mo ?? 12, d: d ?? 25, ...y },
        rule: "holiday",
      };
    },
  },
  {
    // "Ramadan": a month of the lunar calendar, across two Gregorian months: its year, as the text's year.
    name: "ramadan",
    re: pattern(`Ramadan(?:,?\\s+(?<year>${YEAR})(?!\\d))?`),
    build(m, text) {
      const end = m.index + m[0].length;
      // "Operation Ramadan": a name.
      if (/operation\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (m.groups?.year)
        return {
          start: m.index,
          end,
          meaning: { k: "fixed", type: "DATE", value: m.groups.year },
          rule: "ramadan",
        };
      return {
        start: m.index,
        end,
        meaning: { k: "rel", base: "ctx", unit: "year", offset: 0 },
        rule: "ramadan",
      };
    },
  },
];
