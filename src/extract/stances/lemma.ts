import { KNOWN_VERBS } from "./actions.ts";
import { SPEECH_VERBS, VERB_CUES } from "./lexicon.ts";

/** Irregular verb forms the proposal and cue rules meet in news text. */
const IRREGULAR: Readonly<Record<string, string>> = {
  took: "take",
  taken: "take",
  sought: "seek",
  stuck: "stick",
  sent: "send",
  kept: "keep",
  held: "hold",
  gave: "give",
  given: "give",
  made: "make",
  wrote: "write",
  written: "write",
  said: "say",
  says: "say",
  told: "tell",
  thought: "think",
  did: "do",
  done: "do",
  does: "do",
  left: "leave",
  ran: "run",
  brought: "bring",
  built: "build",
  began: "begin",
  begun: "begin",
  froze: "freeze",
  frozen: "freeze",
  ended: "end",
};

const KNOWN = new Set<string>([
  ...KNOWN_VERBS,
  ...VERB_CUES.keys(),
  ...SPEECH_VERBS,
  "echo",
  "reiterate",
  "repeat",
  "join",
]);

/**
 * A light lemmatiser for verbs: irregular table, then -ing/-ed/-s stripping checked against the
 * verbs our lexicons know, then spelling rules (doubled consonant, silent e) for unknown verbs.
 */
export function verbLemma(form: string): string {
  const w = form.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (KNOWN.has(w)) return w;
  for (const suffix of ["ing", "ed", "es", "s", "d"]) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) continue;
    const stem = w.slice(0, -suffix.length);
    for (const candidate of [stem, `${stem}e`, stem.slice(0, -1), `${stem.slice(0, -1)}y`]) {
      if (KNOWN.has(candidate)) return candidate;
    }
  }
  if (w.endsWith("ied")) return `${w.slice(0, -3)}y`;
  const m = /^(.{2,}?)(ing|ed)$/.exec(w);
  if (m?.[1]) {
    const stem = m[1];
    if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
    if (/(?:[^aeiou][vcz]|[aeiou][cgsvz]|at|ut|ur|id)$/.test(stem)) return `${stem}e`;
    return stem;
  }
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}
