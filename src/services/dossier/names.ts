/**
 * Name keys for matching actors across documents: diacritics folded ("António" = "Antonio"), case
 * and punctuation ignored, possessives and a leading "the" dropped.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']s?$/u, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "UN", "IOM", "U.N.": a short all-capitals form. */
export function isAcronym(form: string): boolean {
  const bare = form.replace(/\./g, "");
  return bare.length >= 2 && bare.length <= 8 && /^[\p{Lu}\d&]+$/u.test(bare);
}

/** True when a form can identify an actor on its own across documents (not a bare surname or pronoun). */
export function isIdentifying(form: string, type: string): boolean {
  if (isAcronym(form)) return type !== "PERSON";
  const words = nameKey(form).split(" ").filter(Boolean);
  return type === "PERSON" ? words.length >= 2 : words.length >= 1;
}
