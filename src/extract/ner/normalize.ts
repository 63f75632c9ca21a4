/**
 * Word-form normalisation and shapes, used only inside feature extraction: the document text is
 * never changed. CoNLL-2003 (the training data) writes straight quotes and ASCII hyphens, while
 * modern news writes curly quotes and dashes, so forms are mapped to the training conventions.
 */

const QUOTE_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u00a0": " ",
};
const NEEDS_MAP = /[\u2018\u2019\u201a\u201b\u02bc\u201c-\u201f\u00ab\u00bb\u2013-\u2015\u2010\u2011\u00a0]/;
const MAP_ALL = /[\u2018\u2019\u201a\u201b\u02bc\u201c-\u201f\u00ab\u00bb\u2013-\u2015\u2010\u2011\u00a0]/g;

/** The form as CoNLL would write it: straight quotes and apostrophes, ASCII hyphens. */
export function normForm(form: string): string {
  return NEEDS_MAP.test(form) ? form.replace(MAP_ALL, (c) => QUOTE_MAP[c] ?? c) : form;
}

/** Lower case with every digit mapped to 0, so "1996-08-22" and "2025-02-26" share a feature. */
export function lowerKey(form: string): string {
  return form.toLowerCase().replace(/\d/g, "0");
}

function charClass(code: number, ch: string): string {
  if (code >= 48 && code <= 57) return "d";
  if (ch !== ch.toLowerCase()) return "X";
  if (ch !== ch.toUpperCase()) return "x";
  return ch;
}

/** Word shape: "Xxxx", "XX", "dd-dd" (classes X upper, x lower, d digit; other characters kept). */
export function wordShape(form: string): string {
  let out = "";
  for (let i = 0; i < form.length && i < 16; i++) out += charClass(form.charCodeAt(i), form[i] ?? "");
  return out;
}

/** Shape with runs of the same class collapsed: "Xx", "X", "d-d". */
export function shortShape(form: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < form.length; i++) {
    const c = charClass(form.charCodeAt(i), form[i] ?? "");
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Starts with an upper-case letter. */
export function isCapitalised(form: string): boolean {
  const ch = form[0] ?? "";
  return ch !== ch.toLowerCase();
}

/** Has letters and none of them is lower case ("UN", "HAITI"). */
export function isAllCaps(form: string): boolean {
  return form !== form.toLowerCase() && form === form.toUpperCase();
}

/** Has at least one letter. */
export function hasLetter(form: string): boolean {
  return form.toLowerCase() !== form.toUpperCase();
}
