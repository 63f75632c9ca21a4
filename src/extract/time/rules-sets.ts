import { durationValue } from "./durations.ts";
import {
  DAY_PART_RE,
  DAY_PARTS,
  MONTH_ALONE_RE,
  MONTHS,
  SEASON_RE,
  SEASONS,
  UNIT_RE,
  UNIT_WORDS,
  type Unit,
  WEEKDAY_RE,
  WEEKDAYS,
} from "./lexicon.ts";
import { COUNT_RE, parseCount } from "./numbers.ts";
import { pattern, type Rule, wordAfter } from "./semantics.ts";

/** Sets (TimeML SET): "every week", "each Monday", "daily", "twice a year", "$40 per month". */

function setOf(start: number, end: number, value: string, rule: string) {
  return { start, end, meaning: { k: "fixed" as const, type: "SET" as const, value }, rule };
}

/**
 * "the New York Daily News", "China Daily", "the afternoon daily Le Monde", "the Socialist daily said": a
 * newspaper's name or the noun for a newspaper, not a set. A capitalised "Daily" next to another capitalised
 * word is a name (at the start of a sentence, only when a capitalised word follows: "Daily volume fell" is a
 * set); a lower-case one followed by a name or a verb of saying is the noun.
 */
function namesPublication(m: RegExpExecArray, text: string): boolean {
  const word = m[0];
  const after = wordAfter(text, m.index + word.length);
  const gap = text.slice(m.index + word.length, m.index + word.length + 2);
  const nameAfter = /^\s\p{Lu}/u.test(gap) && /^\p{Lu}\p{Ll}/u.test(after);
  if (/^\p{Lu}/u.test(word)) {
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const sentenceStart = /(?:^|[.!?:"“]\s*|\n\s*)$/.test(lead);
    const nameBefore = /\p{Lu}[\p{L}'’.]*\s$/u.test(lead) && !sentenceStart;
    return nameAfter || nameBefore || (!sentenceStart && !/^\s*[,.;]/.test(gap));
  }
  return nameAfter || /^(?:said|reported|wrote|quoted|cited|added)$/i.test(after);
}

const PARTS_PLURAL = "(?:mornings|afternoons|evenings|nights)";

/** Rules for sets (recurring times). */
export const SET_RULES: readonly Rule[] = [
  {
    name: "set-every",
    re: pattern(
      `(?:every|each)\\s+(?:(?<n>other|${COUNT_RE})\\s+)?(?:(?<unit>${UNIT_RE})|(?<wd>${WEEKDAY_RE})|(?<part>${DAY_PART_RE})|(?<season>${SEASON_RE})|(?<month>${MONTH_ALONE_RE}))`,
      true,
    ),
    build(m) {
      const g = m.groups ?? {};
      const n = g.n?.toLowerCase() === "other" ? 2 : g.n ? parseCount(g.n) : 1;
      if (n === null || n === "X") return null;
      let value: string;
      if (g.wd) value = `XXXX-WXX-${WEEKDAYS[g.wd.toLowerCase()]}`;
      else if (g.part) value = `XXXX-XX-XXT${DAY_PARTS[g.part.toLowerCase()]}`;
      else if (g.season) value = `XXXX-${SEASONS[g.season.toLowerCase()]}`;
      else if (g.month) {
        // "every January", "each Sept.": a month of every year; "each march" is a noun.
        if (!/^\p{Lu}/u.test(g.month) || n !== 1) return null;
        value = `XXXX-${String(MONTHS[g.month.replace(/\.$/, "").toLowerCase()]).padStart(2, "0")}`;
      } else value = durationValue(n, UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit);
      return setOf(m.index, m.index + m[0].length, value, "set-every");
    },
  },
  {
    // "Sunday afternoons", "on Friday nights": that part of every such weekday; in "Friday and Saturday nights"
    // the first weekday is a set of its own with the same part of the day.
    name: "set-weekday-parts",
    re: pattern(
      `(?<wd>${WEEKDAY_RE})(?:\\s+(?<part>${PARTS_PLURAL})|(?=\\s+(?:and|or)\\s+${WEEKDAY_RE}\\s+(?<next>${PARTS_PLURAL})))`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const part = DAY_PARTS[(g.part ?? g.next ?? "").slice(0, -1).toLowerCase()];
      const wd = WEEKDAYS[(g.wd ?? "").toLowerCase()];
      if (!part || !wd) return null;
      return {
        ...setOf(m.index, m.index + m[0].length, `XXXX-WXX-${wd}T${part}`, "set-weekday-parts"),
        priority: 1,
      };
    },
  },
  {
    name: "set-adverb",
    re: pattern(
      "(?<w>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|bi-weekly|annual(?=\\s+(?:rate|pace|basis)\\b))",
      true,
    ),
    build(m, text) {
      const w = (m.groups?.w ?? "").toLowerCase();
      if (namesPublication(m, text)) return null;
      const values: Record<string, string> = {
        daily: "P1D",
        weekly: "P1W",
        monthly: "P1M",
        yearly: "P1Y",
        annually: "P1Y",
        // "a seasonally adjusted annual rate": a rate per year.
        annual: "P1Y",
        hourly: "PT1H",
        nightly: "XXXX-XX-XXTNI",
        quarterly: "P3M",
        biweekly: "P2W",
        "bi-weekly": "P2W",
      };
      return setOf(m.index, m.index + m[0].length, values[w] ?? "P1D", "set-adverb");
    },
  },
  {
    // "twice a week", "three times a year", "per year", "$5 million a year"
    name: "set-per",
    re: pattern(
      `(?:(?<freq>once|twice|${COUNT_RE}\\s+times)\\s+)?(?<per>a|an|per)\\s+(?<unit>hour|day|week|month|year)`,
      true,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const per = (g.per ?? "").toLowerCase();
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      // "$5 a day", "20 miles a day", "1,000 people a week": a rate after a quantity.
      const amount =
        /(?:\d|million|billion|percent|%|dollars|euros|pounds)\S*\s+$/i.test(before) ||
        /(?:^|\s)(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|hundreds|thousands|millions)\s+(?:[\p{L}\p{N}().-]+\s+){1,3}$/u.test(
          before,
        ) ||
        // "four flights a week", "two meals a day": a count in words and its noun.
        /(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundred|thousand)\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(
          before,
        );
      if (!g.freq && per !== "per" && !amount) return null;
      // "a year after its launch", "from a year-earlier 41.4 million": an offset, not a rate.
      if (
        per !== "per" &&
        /^(?:-|\s+(?:after|before|later|earlier|ago)\b)/i.test(text.slice(m.index + m[0].length))
      )
        return null;
      const value = durationValue(1, UNIT_WORDS[(g.unit ?? "").toLowerCase()] as Unit);
      return { ...setOf(m.index, m.index + m[0].length, value, "set-per"), priority: 1 };
    },
  },
];
