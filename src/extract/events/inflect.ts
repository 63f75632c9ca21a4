/**
 * English verb inflection for the trigger lexicon: from a lemma (and its irregular forms) to every
 * form a news text may use. Written for the few dozen verbs we list, not as a general morphology.
 */

/** The forms of one verb; `participles` lets the patterns recognise passives ("was slain"). */
export interface VerbForms {
  readonly all: readonly string[];
  readonly participles: readonly string[];
}

/**
 * Inflects a lemma. `spec` is "lemma" or "lemma/past/participle" for irregular verbs; a trailing
 * "+" on the lemma doubles its final consonant ("kidnap+" → "kidnapped", "kidnapping").
 */
export function inflect(spec: string): VerbForms {
  const [head = "", irregularPast, irregularParticiple] = spec.split("/");
  const double = head.endsWith("+");
  const lemma = double ? head.slice(0, -1) : head;
  const stem = double ? lemma + lemma.slice(-1) : lemma;
  const third = /(?:s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const regularPast = lemma.endsWith("e")
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${stem}ed`;
  const ing = lemma.endsWith("ie")
    ? `${lemma.slice(0, -2)}ying`
    : /[^aeioy]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : `${stem}ing`;
  const past = irregularPast ?? regularPast;
  const participle = irregularParticiple ?? past;
  const all = [...new Set([lemma, third, past, participle, ing])];
  return { all, participles: [participle] };
}
