import { SEASON_RE, SEASONS } from "./lexicon.ts";
import { YEAR, YEAR_G } from "./rules-dates.ts";
import { pattern, type Rule } from "./semantics.ts";

/** Seasons and holidays: "summer 2010", "Christmas". Quarters and halves are in rules-yearparts.ts. */

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
      `(?<h>Christmas(?:\\s+Eve|\\s+Day)?|New\\s+Year['’]s\\s+(?:Eve|Day))(?:,?\\s+(?<year>${YEAR})(?!\\d))?`,
    ),
    build(m) {
      const h = (m.groups?.h ?? "").toLowerCase();
      const [mo, d] = h.includes("eve")
        ? h.startsWith("new")
          ? [12, 31]
          : [12, 24]
        : h.startsWith("new")
          ? [1, 1]
          : [12, 25];
      const y = m.groups?.year ? { y: Number(m.groups.year) } : {};
      return {
        start: m.index,
        end: m.index + m[0].length,
        meaning: { k: "date", m: mo ?? 12, d: d ?? 25, ...y },
        rule: "holiday",
      };
    },
  },
];
