import type { Token } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import { LABEL_WORDS, MONTHS, PERSON_NOUNS, QUALIFIERS, TIME_NOUNS } from "./lexicon.ts";
import type { NumberPhrase } from "./scan.ts";

/**
 * Decides which number phrases are not figures: years, dates, clock times, durations, ages, ordinals,
 * phone numbers, numbers in URLs, labels ("Article 5", "Resolution 2417", "Phase 3") and numbers that
 * are part of a name ("G7", "COVID-19"). Precision matters more than recall, so doubt excludes.
 */

const PHONE_RE = /(?<![\p{N},.])(?:\+\d{1,4}|\(?\d{2,4}\)?)(?:[ \u00a0.-]\(?\d{2,4}\)?){2,}(?![\p{N}])/gu;
const NUMERIC_DATE_RE = /(?<![\p{N}])\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?![\p{N}])/gu;
const CLOCK_RE = /(?<![\p{N}])\d{1,2}[:h]\d{2}(?::\d{2})?(?![\p{N}])/gu;
const SINGULAR_PERSONS = new Set(
  "person child man woman officer soldier civilian worker journalist policeman peacekeeper girl boy baby infant patient hostage migrant refugee student teacher doctor nurse".split(
    " ",
  ),
);
const DEFINITE = new Set("the these those both its their his her our all first".split(" "));
const FRACTION_NEXT = new Set("of the its their his her our them all".split(" "));
const ORDINALS = /^(?:first|second|third|fourth|last|latter|former|the)$/i;

/** Spans where no number is a figure: URLs, e-mail addresses, phone numbers, numeric dates, clock times. */
export function maskedSpans(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = tokens.filter((t) => t.kind === "url" || t.kind === "email");
  for (const re of [NUMERIC_DATE_RE, CLOCK_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const digits = m[0].replace(/\D/g, "").length;
    if (digits >= 7 && (/^[+(0]/.test(m[0]) || digits >= 9))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The word ending before `at` (skipping spaces), with its start. */
export function wordBefore(text: string, at: number): { word: string; start: number } | null {
  const m = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*|#)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1] ? { word: m[1], start: at - m[0].length } : null;
}

/** The word starting after `at` (skipping spaces), without trailing sentence punctuation. */
export function wordAfter(text: string, at: number): string {
  const m = /^[\s\u00a0]*([\p{L}\p{N}°][\p{L}\p{N}.'’-]*)/u.exec(text.slice(at, at + 40));
  return (m?.[1] ?? "").replace(/\.$/, (dot, i, s) => (/^(?:a\.m|p\.m)$/i.test(s.slice(0, i)) ? dot : ""));
}

function sentenceInitial(text: string, at: number): boolean {
  return /(?:^|[.!?:;\n“"‘(]\s*)$/.test(text.slice(Math.max(0, at - 3), at)) || at === 0;
}

/** True when the phrase is not a figure. */
export function isNotFigure(text: string, phrase: NumberPhrase, masks: readonly Span[]): boolean {
  const { amount } = phrase;
  const core = text.slice(amount.coreStart, amount.coreEnd);
  const lower = core.toLowerCase();
  if (masks.some((m) => m.start < amount.coreEnd && amount.coreStart < m.end)) return true;
  const after = text.slice(amount.end, amount.end + 2);
  const beforeCore = text.slice(Math.max(0, amount.coreStart - 2), amount.coreStart);
  // Glued to letters ("21st", "1990s", "11pm") or to other digits by a slash or a failed range ("24/7", "2-1").
  if (amount.kind === "digits" && amount.end === amount.coreEnd && /^\p{L}/u.test(after)) return true;
  if (!phrase.upper && (/^[-–/]\d/.test(after) || /\d[-–/]$/.test(beforeCore))) return true;
  if (/^#|[\p{L}]$/u.test(beforeCore.slice(-1))) return true;
  const hyphenWord = /^[-‐‑](\p{L}+)/u.exec(text.slice(phrase.end, phrase.end + 20))?.[1]?.toLowerCase();
  if (hyphenWord && (TIME_NOUNS.has(hyphenWord) || hyphenWord === "point" || hyphenWord === "old"))
    return true;

  const prev = wordBefore(text, amount.start);
  const prevLower = prev?.word.toLowerCase() ?? "";
  const next = wordAfter(text, phrase.end);
  const nextLower = next.toLowerCase();
  // "half an hour": only fractions take an article before their noun.
  const skipped =
    amount.kind === "fraction"
      ? /^[\s\u00a0]*(?:a|an|the)[\s\u00a0]+/i.exec(text.slice(phrase.end, phrase.end + 12))
      : null;
  const nextContent = skipped ? wordAfter(text, phrase.end + skipped[0].length).toLowerCase() : nextLower;

  // Years, unless they count persons ("some 2000 people").
  if (
    amount.kind === "digits" &&
    !amount.formatted &&
    !amount.scaled &&
    !phrase.unit &&
    /^(?:1[89]|20)\d\d$/.test(core)
  )
    if (!PERSON_NOUNS.has(nextLower)) return true;
  // Dates, durations, ages, clock times.
  if (prev && MONTHS.has(prev.word)) return true;
  if (
    MONTHS.has(next) ||
    (nextLower === "of" && MONTHS.has(wordAfter(text, text.indexOf("of", phrase.end) + 2)))
  )
    return true;
  // A unit already says what the number measures ("48% year on year", "$5 a day").
  if (!phrase.unit && (TIME_NOUNS.has(nextContent) || TIME_NOUNS.has(nextLower))) return true;
  if (/^(?:aged?|ages)$/.test(prevLower)) return true;
  // Ages: "children under five", "patients are under 15", "people over 65".
  if (phrase.qualifier && /^(?:under|over)$/.test(phrase.qualifier) && phrase.value < 120 && !phrase.unit) {
    const q = wordBefore(text, phrase.start)?.word.toLowerCase() ?? "";
    const counting =
      /^(?:to|at|of|by|from|and|or|killed|injured|reached|rose|risen|than|with)$/.test(q) || /ed$/.test(q);
    if (!counting && !PERSON_NOUNS.has(nextLower) && !/^[a-z]+s$/.test(nextLower)) return true;
  }
  // Ages in apposition ("Robert Smith, 32, said"; "Smith (32)") and "the age of 40".
  if (
    amount.kind === "digits" &&
    !amount.formatted &&
    phrase.value < 120 &&
    !phrase.unit &&
    !phrase.qualifier
  ) {
    const lead = text.slice(Math.max(0, phrase.start - 30), phrase.start);
    if (
      /\p{Lu}[\p{L}’'.-]*(?:,\s*|\s*\()$/u.test(lead) &&
      /^\s*[,)]/.test(text.slice(phrase.end, phrase.end + 3))
    )
      return true;
    if (/\bage\s+of\s+$/i.test(lead)) return true;
  }
  // "2 1/2 hours": the whole of a mixed fraction is a duration or a measure.
  if (/^\s+\d+\/\d+/.test(text.slice(phrase.end, phrase.end + 8))) return true;
  // Labels and references: "Article 5", "No. 12", "Phase 3", "Resolution 2417".
  if (prev && !phrase.qualifier && (LABEL_WORDS.has(prevLower) || LABEL_WORDS.has(`${prevLower}.`)))
    return true;
  // A bare small number after a capitalised word inside a sentence is part of a name ("Route 9", "Boeing 737").
  if (
    prev &&
    !phrase.qualifier &&
    amount.kind === "digits" &&
    !amount.formatted &&
    !amount.scaled &&
    !phrase.unit &&
    /^\p{Lu}/u.test(prev.word) &&
    !sentenceInitial(text, prev.start) &&
    !QUALIFIERS.has(prevLower) &&
    !/[,;:(]\s*$/.test(text.slice(prev.start + prev.word.length, amount.start))
  )
    return true;
  // List numbering at the start of a line: "1." / "2)".
  if (/(?:^|\n)[\s(]*$/.test(text.slice(Math.max(0, amount.start - 4), amount.start)) && /^[.)]/.test(after))
    return true;
  return wordRules(phrase, lower, prevLower, nextLower, text);
}

/** Rules for numbers in words: "one", "the two sides", "half", "scores". */
function wordRules(
  phrase: NumberPhrase,
  lower: string,
  prevLower: string,
  nextLower: string,
  text: string,
): boolean {
  const { amount } = phrase;
  if (phrase.ratio) return false;
  if (amount.kind === "words") {
    if (/^(?:one|a)$/.test(lower) && !SINGULAR_PERSONS.has(nextLower)) return true;
    if (phrase.value <= 10 && DEFINITE.has(prevLower)) return true;
  }
  if (amount.kind === "fraction") {
    // "half of the…", "a third funded"; not "the second half", "cut in half".
    if (ORDINALS.test(prevLower) || !(FRACTION_NEXT.has(nextLower) || /^[a-z]+ed$/.test(nextLower)))
      return true;
    if (
      nextLower === "of" &&
      /^\s*of\s+(?:\d{4}|the\s+(?:year|month|day|century|decade))\b/i.test(text.slice(phrase.end))
    )
      return true;
  }
  if (amount.kind === "vague" && lower === "scores" && nextLower !== "of") return true;
  // "a mother of four", "a father of two": a family, not a figure.
  if (phrase.value <= 20 && !phrase.qualifier && prevLower === "of") {
    const lead = text.slice(Math.max(0, phrase.start - 30), phrase.start);
    if (/\b(?:mother|father|parent|grandmother|grandfather|grandparent)\s+of\s+$/i.test(lead)) return true;
  }
  return false;
}
