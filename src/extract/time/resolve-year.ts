import { type Anchors, afterSince } from "./anchors.ts";

/**
 * How many sentences back a year written before the publication year still sets the year of a bare month in
 * news: "The clinic closed in 2019. Two months later, in March, …" is March 2019. Further back it is
 * background, and the publication date decides again.
 */
const NEWS_YEAR_WINDOW = 2;

/** Words before a bare month showing that the story goes on from the year written before it. */
const STORY_GOES_ON = /\b(?:later|then|that|same|following|afterwards?|subsequently|next)\b[^.;]*$/i;

/** In news, how many months back a bare month is taken as recent news rather than in an earlier year written. */
const RECENT_HALF_YEAR = 6;

/** How many days ahead of publication a day written without a year is still taken as a date set. */
const SET_DATE_DAYS = 100;

/** Nouns after a month that make it the date of a scheduled event ("the November election"). */
const SCHEDULED_EVENT =
  /^(?:['’]s)?\s+(?:(?:[A-Z][\p{L}.]*|general|presidential|runoff|state|national|party)\s+){0,2}(?:elections?|primary|primaries|caucus(?:es)?|referendum|ballot|vote|convention|summit|deadline|showdown|matchup|debates?|contracts?|delivery)\b/u;

/** In news, a month at most this many months before publication keeps the publication-based reading. */
const RECENT_MONTHS = 1;

/**
 * In a history, how many months a bare month must lie before the last-mentioned month for the story to have
 * moved into the next year ("December 8, 1941 … In January" → 1942), rather than stepping back a little.
 */
const ROLLOVER_MONTHS = 4;

/** The year a history has reached: the last year written, moved on when a bare month comes well before it. */
function narrativeYear(month: number, a: Anchors): number | null {
  // The last year written, not a year inferred since: carrying inferred years on compounds their errors
  // (measured on WikiWars).
  const base = a.lastYear?.y ?? a.ref?.y;
  if (base === undefined) return null;
  const ref = a.ref;
  const rolls = ref?.m !== undefined && ref.y === base && ref.m - month >= ROLLOVER_MONTHS;
  return base + (rolls ? 1 : 0);
}

/**
 * The year for a month (and day) written without one. In a history, the year the narrative has reached; in
 * news, a year written in the same sentence, or a past year written a few sentences before when the sentence is
 * in the past tense (unless the month follows "since", which counts back from publication), else the publication year, moved back a year when
 * the date would otherwise fall after publication in a past or present sentence ("since June" in February
 * 2025 → 2024), forward a year when it would fall before publication in a future one.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  a: Anchors,
): { y: number; anchor: "published" | "narrative" } | null {
  // "the Sept. 11 attacks": the day is named by its year.
  if (month === 9 && day === 11 && /^\s*(?:terror(?:ist)?\s+)?(?:attacks?|hijackings?)\b/i.test(a.after))
    return { y: 2001, anchor: "published" };
  // A history's story year does not reach a clause that looks ahead from publication ("can win in November").
  if (a.narrative && a.dct && a.tense === "future" && !a.lastYear)
    return inferYear(month, day, { ...a, narrative: false });
  if (a.narrative || !a.dct) {
    const y = narrativeYear(month, a);
    // A history that has written no year yet: the publication year is all there is.
    if (y !== null || !a.dct) return y === null ? null : { y, anchor: "narrative" };
  }
  const since = afterSince(a.before);
  const { y, m, d } = a.dct;
  // A month of the last few weeks ("on February 10" in a late-February report) is news, not the story.
  const monthsBack = (m - month + 12) % 12;
  if (a.lastYear) {
    const distance = a.sentence - a.lastYear.sentence;
    // A month of the last half year is news ("Scalia died in February", in July, after a sentence on his 1993
    // appointment) unless the story goes on from the year written ("Two months later, in March"); an older
    // month may well be in that year ("The clinic closed in 2019. … In March the last nurse left").
    const earlier =
      a.lastYear.y < y &&
      distance <= NEWS_YEAR_WINDOW &&
      a.tense === "past" &&
      !since &&
      monthsBack > RECENT_MONTHS &&
      (distance === 0 || monthsBack > RECENT_HALF_YEAR || STORY_GOES_ON.test(a.lead));
    // A month in a future clause is not in a past year written earlier in the sentence ("The crisis began in
    // 2009, and leaders will meet again in October").
    const pastForFuture = a.tense === "future" && a.lastYear.y < y;
    // "down 3 percent from July 1995 and up 1.9 percent from June": a recent month compared with.
    const recentComparison = /\b(?:from|than(?:\s+in)?)\s+$/.test(a.before) && monthsBack <= 3;
    if (((distance === 0 && !pastForFuture) || earlier) && !recentComparison)
      return { y: a.lastYear.y, anchor: "narrative" };
  }
  const after = month > m || (month === m && day !== undefined && day > d);
  const before = month < m || (month === m && day !== undefined && day < d);
  // A condition ("if he wins in November") or a movement towards the month ("going into November") looks ahead.
  const ahead =
    a.tense === "future" ||
    (a.tense === "present" && /\b(?:if|unless)\b[^,;.]*$/i.test(a.lead)) ||
    /\b(?:toward|towards|into|closer\s+to|ahead\s+of|let['’]s|let\s+us)\s+(?:\S+\s+)?$/i.test(a.before);
  if (ahead && !since) return { y: before ? y + 1 : y, anchor: "published" };
  if (!since && after) {
    // A day a few weeks ahead is a date set ("ahead of the state's June 7 primary", "elections on September
    // 22"), whatever the clause's tense: news writes the year of a past date that far back. So is a month
    // naming an election or a meeting ("the November election") within half a year, or in a clause that is
    // not past.
    const days = (month - m) * 31 + ((day ?? 15) - d);
    const event = SCHEDULED_EVENT.test(a.after);
    if ((day !== undefined && days <= SET_DATE_DAYS) || (event && (days <= 183 || a.tense !== "past")))
      return { y, anchor: "published" };
  }
  if (a.tense === "present" && !since && after) {
    // A present-tense sentence ("takes effect on April 1") may look ahead: take whichever year is nearer.
    const ahead = (month - m) * 31 + ((day ?? 15) - d);
    return { y: ahead <= 183 ? y : y - 1, anchor: "published" };
  }
  if (a.tense === "present" && !since && before) {
    // "The new Congress convenes in January", written in November: a schedule a few months ahead.
    const ahead = (month + 12 - m) * 31 + ((day ?? 15) - d);
    if (ahead <= 92) return { y: y + 1, anchor: "published" };
  }
  return { y: after ? y - 1 : y, anchor: "published" };
}
