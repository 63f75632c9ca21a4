import { hasLetter, isAllCaps, isCapitalised, lowerKey, normForm } from "./normalize.ts";

// Short words headline style may leave in lower case ("Police Retreat as Gangs Advance on the Capital").
const MINOR = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "vs",
  "via",
]);

/**
 * True for a title-case line ("Gang Violence Spreads As Police Retreat"): at least three capitalised
 * words that news normally writes in lower case, and no lower-case word beyond the minor ones.
 * The training corpus writes such headlines in capitals, so the tagger reads them upper-cased.
 */
export function isTitleCaseLine(forms: readonly string[], lowerWords: ReadonlySet<string>): boolean {
  let capitalisedCommon = 0;
  for (const raw of forms) {
    const form = normForm(raw);
    if (!hasLetter(form)) continue;
    const key = lowerKey(form);
    if (!isCapitalised(form)) {
      if (!MINOR.has(key)) return false;
    } else if (lowerWords.has(key) && !MINOR.has(key)) capitalisedCommon++;
  }
  return capitalisedCommon >= 3;
}

/** True for an all-capitals line of at least three words ("FLOODS HIT NORTHERN DISTRICTS"). */
export function isCapsLine(forms: readonly string[]): boolean {
  const words = forms.filter((f) => hasLetter(f) && f.length > 1);
  return words.length >= 3 && words.every(isAllCaps);
}
