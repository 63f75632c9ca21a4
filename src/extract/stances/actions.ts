/**
 * Action classes: synonym sets written by us for the handful of actions crisis diplomacy keeps
 * proposing. Two proposals can only be paraphrases when their action classes meet (see group.ts).
 */

/** Verb lemma (with particle when it matters, "take over") → action class. */
const VERB_CLASSES: Readonly<Record<string, readonly string[]>> = {
  transform: [
    "take over",
    "transform",
    "convert",
    "replace",
    "turn",
    "transition",
    "hand over",
    "transfer",
    "absorb",
  ],
  keep: [
    "keep",
    "maintain",
    "retain",
    "stick",
    "stick with",
    "continue",
    "preserve",
    "extend",
    "renew",
    "prolong",
  ],
  fund: [
    "fund",
    "resource",
    "provide",
    "finance",
    "equip",
    "bolster",
    "strengthen",
    "reinforce",
    "enable",
    "assist",
    "help",
    "boost",
    "support",
  ],
  deploy: [
    "send",
    "deploy",
    "dispatch",
    "station",
    "despatch",
    "establish",
    "set up",
    "create",
    "authorize",
    "authorise",
  ],
  withdraw: ["withdraw", "pull out", "end", "terminate", "wind down", "leave", "suspend", "close"],
  sanction: ["sanction", "embargo", "freeze", "blacklist"],
  negotiate: ["negotiate", "mediate", "talk", "hold talks"],
};

/** Nouns that name an action (nominalisations and objects of light verbs) → action class. */
const NOUN_CLASSES: Readonly<Record<string, readonly string[]>> = {
  transform: [
    "transformation",
    "conversion",
    "transition",
    "takeover",
    "handover",
    "replacement",
    "transfer",
  ],
  keep: ["extension", "renewal", "continuation"],
  fund: ["funding", "support", "resources", "resource", "assistance", "help", "aid", "financing", "money"],
  deploy: ["deployment", "troops", "peacekeepers", "force"],
  withdraw: ["withdrawal", "drawdown", "exit", "pullout"],
  sanction: ["sanctions", "sanction", "embargo", "freeze"],
  negotiate: ["ceasefire", "truce", "talks", "negotiations", "dialogue", "mediation", "armistice"],
};

/** Nouns folded together when comparing targets and outcomes ("mission" ≈ "operation"). */
const NOUN_CANON: Readonly<Record<string, readonly string[]>> = {
  operation: ["operation", "operations", "mission", "missions"],
  troops: ["troops", "soldiers", "personnel", "forces", "peacekeepers", "officers"],
  support: ["support", "funding", "resources", "assistance", "aid", "money", "financing", "help"],
  ceasefire: ["ceasefire", "truce", "armistice"],
  talks: ["talks", "negotiations", "dialogue"],
};

/** Light verbs whose action is carried by their object ("impose sanctions", "take action"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "take",
  "make",
  "do",
  "impose",
  "hold",
  "give",
  "carry",
  "adopt",
]);

const invert = (table: Readonly<Record<string, readonly string[]>>): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, words] of Object.entries(table)) for (const w of words) out.set(w, key);
  return out;
};
const VERB_INDEX = invert(VERB_CLASSES);
const NOUN_INDEX = invert(NOUN_CLASSES);
const CANON_INDEX = invert(NOUN_CANON);

/** The action class of a verb lemma, trying "verb particle" first ("take over", "pull out"). */
export function verbClass(lemma: string, particle: string | null): string | null {
  if (particle) {
    const withParticle = VERB_INDEX.get(`${lemma} ${particle}`);
    if (withParticle) return withParticle;
  }
  return LIGHT_VERBS.has(lemma) ? null : (VERB_INDEX.get(lemma) ?? null);
}

/** The action class a noun names, if any. */
export function nounClass(word: string): string | null {
  return NOUN_INDEX.get(word) ?? null;
}

/** A noun's comparison key: its synonym-set name, else the word without a plural -s. */
export function canonNoun(word: string): string {
  const canon = CANON_INDEX.get(word);
  if (canon) return canon;
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Every verb the tables know, for the lemmatiser. */
export const KNOWN_VERBS: ReadonlySet<string> = new Set(
  Object.values(VERB_CLASSES)
    .flat()
    .map((v) => v.split(" ")[0] ?? v),
);
