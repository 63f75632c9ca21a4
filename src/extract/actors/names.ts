/** Comparing surface forms of names: diacritics, possessives, case and spacing do not matter. */

const POSSESSIVE_END = /(?:['’]s|(?<=s)['’]|['’])$/u;

/** Removes combining marks after canonical decomposition: "José" → "Jose". */
export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/**
 * The key under which two surface forms count as the same name: no diacritics, no possessive
 * ending, no leading "the"/"The", single spaces (NBSP and zero-width spaces included), lower case.
 */
export function nameKey(surface: string): string {
  const flat = stripDiacritics(surface)
    .replace(/[\s\u200b-\u200d\ufeff]+/gu, " ")
    .trim()
    .replace(POSSESSIVE_END, "")
    .replace(/^the /i, "");
  return flat.toLowerCase();
}

/** The words of a name key ("jean-paul smith" → ["jean-paul", "smith"]). */
export function keyWords(key: string): string[] {
  return key.split(" ").filter((w) => w.length > 0);
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when the word looks like an acronym: 2–10 letters, mostly capitals ("CRA", "UNICEF", "MoH", "NGOs"). */
export function looksLikeAcronym(word: string): boolean {
  if (!/^\p{Lu}[\p{L}&]{1,9}$/u.test(word)) return false;
  const upper = [...word].filter((c) => /\p{Lu}/u.test(c)).length;
  return upper >= 2 && upper * 2 >= word.length;
}

/** The letters an acronym spells, upper-case, without a plural "s" ("NGOs" → "NGO", "MoH" → "MOH"). */
export function acronymLetters(word: string): string {
  return stripDiacritics(word.replace(/(?<=\p{Lu})s$/u, "").replace(/&/g, "")).toUpperCase();
}
