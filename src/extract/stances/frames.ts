import { CUE_DEFAULTS, type CueMatch, clauseStart, NEGATORS, negatedBefore } from "./cue-types.ts";
import { ADJ_CUES, CONSIDER_PARTICIPLES, MODALS, OPTION_HEADS, type Polarity } from "./lexicon.ts";
import type { TokenView } from "./view.ts";

const COPULA = new Set(["is", "was", "remains", "'s"]);
const TENTATIVE = new Set(["could", "might", "may", "can", "would"]);

/** "it is (not) time to …", "it is too early to …", "it would be premature to …". */
export function timeFrame(view: TokenView, i: number): CueMatch | null {
  const f = (k: number): string => view.forms[k] ?? "";
  if (f(i) !== "it") return null;
  let j = i + 1;
  if (["will", "would"].includes(f(j)) && f(j + 1) === "be") j += 2;
  else if (COPULA.has(f(j))) j++;
  else return null;
  const neg = NEGATORS.has(f(j));
  if (neg) j++;
  if (f(j) === "the") j++;
  if (f(j) === "right") j++;
  let polarity: Polarity | null = null;
  let to = j + 1;
  if (f(j) === "time") polarity = neg ? "oppose" : "support";
  else if (f(j) === "too" && ["early", "soon"].includes(f(j + 1))) {
    polarity = "oppose";
    to = j + 2;
  } else if (f(j) === "premature") polarity = "oppose";
  if (!polarity || f(to) !== "to") return null;
  return { ...CUE_DEFAULTS, kind: "time", cue: [i, to + 1], polarity, complement: to + 1 };
}

/**
 * Modal frames: "X should/must VERB …" (the speaker's demand), "X should be PARTICIPLE …" (a passive
 * proposal whose subject is acted on), and "X could/should be considered" (the subject is proposed).
 */
export function modalFrame(view: TokenView, i: number, from: number): CueMatch | null {
  const f = (k: number): string => view.forms[k] ?? "";
  if (!MODALS.has(f(i)) && !TENTATIVE.has(f(i))) return null;
  let j = i + 1;
  const neg = NEGATORS.has(f(j));
  if (neg) j++;
  if (f(i) === "ought" || f(i).startsWith("need")) {
    if (f(j) !== "to" || !/^(?:needs?|ought)$/.test(f(i)) || ["the", "a"].includes(f(i - 1))) return null;
    j++;
  }
  const polarity: Polarity = neg ? "oppose" : "support";
  const subject = [clauseStart(view, i, from), i] as const;
  if (f(j) === "be" && CONSIDER_PARTICIPLES.has(f(j + 1))) {
    return { ...CUE_DEFAULTS, kind: "consider", cue: [i, j + 2], polarity, complement: null, subject };
  }
  if (!MODALS.has(f(i))) return null;
  const passive = f(j) === "be" && /(?:ed|en)$/.test(f(j + 1));
  return {
    ...CUE_DEFAULTS,
    kind: "modal",
    cue: [i, j],
    polarity,
    complement: passive ? null : j,
    subject: passive ? subject : null,
    participle: passive ? j + 1 : null,
  };
}

/** "the best option is …", "the way forward is to …", "a realistic option is based on …". */
export function optionFrame(view: TokenView, i: number): CueMatch | null {
  const f = (k: number): string => view.forms[k] ?? "";
  if (!OPTION_HEADS.has(f(i))) return null;
  let j = i + 1;
  if (f(j) === "forward") j++;
  if (f(j) === "would" && f(j + 1) === "be") j += 2;
  else if (COPULA.has(f(j))) j++;
  else return null;
  if (f(j) === "based" && f(j + 1) === "on") j += 2;
  return { ...CUE_DEFAULTS, kind: "option", cue: [i, j], polarity: "support", complement: j };
}

/** "keen to …", "reluctant to …", and "in favour of …". */
export function adjectiveFrame(view: TokenView, i: number, from: number): CueMatch | null {
  const f = (k: number): string => view.forms[k] ?? "";
  if ((f(i) === "favour" || f(i) === "favor") && f(i - 1) === "in" && f(i + 1) === "of" && i - 1 >= from) {
    const negated = negatedBefore(view, i - 1, from);
    return {
      ...CUE_DEFAULTS,
      kind: "verb",
      cue: [i - 1, i + 2],
      polarity: "support",
      negated,
      complement: i + 2,
    };
  }
  const adj = ADJ_CUES.get(f(i));
  if (!adj || f(i + 1) !== "to") return null;
  const negated = negatedBefore(view, i, from);
  return { ...CUE_DEFAULTS, kind: "adj", cue: [i, i + 1], polarity: adj, negated, complement: i + 1 };
}
