import { canonNoun, nounClass, verbClass } from "./actions.ts";
import { isPossessiveMark } from "./bounds.ts";
import type { HolderCandidate } from "./candidates.ts";
import { verbLemma } from "./lemma.ts";
import { ANAPHORIC, DETERMINERS } from "./lexicon.ts";
import type { ParsedPhrase, Range } from "./parse.ts";
import { raw, type TokenView } from "./view.ts";

/** What grouping compares: action classes, what the action applies to, what it should produce. */
export interface PhraseFeatures {
  readonly label: string;
  readonly classes: readonly string[];
  readonly target: readonly string[];
  readonly outcome: readonly string[];
  /** Verb lemmas of the actions ("transform", "take over"). */
  readonly verbs: readonly string[];
  /** True when the phrase refers back to an earlier proposal ("such a transition", "take such action"). */
  readonly anaphor: boolean;
}

const PROPOSAL_NOUNS = new Set(
  "step move action measure measures idea proposal plan option approach policy change course solution request demand option steps".split(
    " ",
  ),
);
const PRONOUN_OBJECTS = new Set(["it", "them", "this", "that", "him", "her", "us"]);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;

/**
 * The words that name a noun phrase in a label: determiners, pronouns and punctuation dropped;
 * when the phrase holds an acronym ("Regional Stabilisation Force (RSF) mission", "the UN force"),
 * the words before it are dropped too, so long-form names and adjectives do not split a group.
 * At most the last four words are kept.
 */
export function coreWords(view: TokenView, range: Range): string[] {
  const words: string[] = [];
  for (let i = range[0]; i < range[1]; i++) {
    const t = view.tokens[i];
    const form = view.forms[i] ?? "";
    if (t?.kind !== "word" || isPossessiveMark(view, i)) continue;
    if (DETERMINERS.has(form) || PRONOUN_OBJECTS.has(form) || form === "'s") continue;
    if (ACRONYM.test(raw(view, i))) words.length = 0;
    words.push(raw(view, i));
  }
  return words.slice(-4);
}

const key = (word: string): string => canonNoun(word.toLowerCase());

/** Label and comparison features of a parsed proposal phrase. */
export function phraseFeatures(
  view: TokenView,
  phrase: ParsedPhrase,
  cands: readonly HolderCandidate[],
): PhraseFeatures {
  const classes = new Set<string>();
  const target = new Set<string>();
  const outcome = new Set<string>();
  const parts: string[] = [];
  const entitiesIn = (r: Range): string[] => {
    const a = view.tokens[r[0]]?.start ?? 0;
    const b = view.tokens[r[1] - 1]?.end ?? 0;
    return cands.filter((c) => c.entity && c.start >= a && c.end <= b).map((c) => `@${c.entity}`);
  };
  for (const action of phrase.actions) {
    const obj = action.object ? coreWords(view, action.object) : [];
    const cls = action.lemma ? verbClass(action.lemma, action.particle) : null;
    const objClass = obj.length > 0 ? nounClass((obj[obj.length - 1] ?? "").toLowerCase()) : null;
    if (cls) classes.add(cls);
    else if (objClass) classes.add(objClass);
    for (const w of obj) target.add(key(w));
    if (action.object) for (const e of entitiesIn(action.object)) target.add(e);
    const out = action.outcome ? coreWords(view, action.outcome.range) : [];
    // "sanctions on X", "a campaign against X": X is what the action targets, not what it yields.
    const into = action.outcome && ["on", "against"].includes(action.outcome.prep) ? target : outcome;
    for (const w of out) into.add(key(w));
    const words = [action.lemma, action.particle, ...obj];
    if (phrase.kind === "np" && action.object)
      words.push(...attachedPhrase(view, action.object[1], phrase.range[1]));
    if (action.outcome && out.length > 0) words.push(action.outcome.prep, ...out);
    parts.push(words.filter((w): w is string => !!w).join(" "));
  }
  if (phrase.kind === "np") {
    // Verbs inside a noun-phrase proposal ("a plan, with the council enabling the force") say what it does.
    for (let i = phrase.range[0]; i < phrase.range[1]; i++) {
      const cls = verbClass(verbLemma(view.forms[i] ?? ""), null);
      if (cls && /(?:ing|e)$/.test(view.forms[i] ?? "") && view.forms[i - 1] !== "the") classes.add(cls);
      if (ACRONYM.test(raw(view, i))) target.add(key(raw(view, i)));
    }
  }
  return {
    label: parts.join(" + "),
    classes: [...classes],
    target: [...target],
    outcome: [...outcome],
    verbs: phrase.actions.flatMap((a) =>
      a.lemma ? [a.particle ? `${a.lemma} ${a.particle}` : a.lemma] : [],
    ),
    anaphor: isAnaphor(view, phrase),
  };
}

/** "a ceasefire [in the delta]", "help [from donors]": the prepositional phrase right after a noun. */
function attachedPhrase(view: TokenView, at: number, end: number): string[] {
  const prep = view.forms[at] ?? "";
  if (!["from", "for", "on", "in", "to", "against", "of"].includes(prep)) return [];
  let stop = at + 1;
  while (
    stop < end &&
    !["from", "for", "on", "in", "to", "against", "with", "while", "and", ","].includes(
      view.forms[stop] ?? "",
    )
  )
    stop++;
  const words = coreWords(view, [at + 1, stop]);
  return words.length > 0 ? [prep, ...words] : [];
}

/** A phrase is anaphoric when its (first) object opens with "such/this/that/it" or is a bare pronoun. */
function isAnaphor(view: TokenView, phrase: ParsedPhrase): boolean {
  const obj = phrase.actions[0]?.object;
  if (!obj) return false;
  const first = view.forms[obj[0]] ?? "";
  if (first === "such" && phrase.kind !== "passive") return true;
  // "this step", "that plan": a demonstrative refers back only when its noun names a proposal.
  const head = view.forms[obj[1] - 1] ?? "";
  if (ANAPHORIC.has(first) && phrase.kind !== "passive" && (PROPOSAL_NOUNS.has(head) || nounClass(head)))
    return true;
  return obj[1] - obj[0] === 1 && PRONOUN_OBJECTS.has(first);
}
