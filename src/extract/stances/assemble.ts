import { complementPhrase } from "./complement.ts";
import type { CueMatch } from "./cues.ts";
import { verbLemma } from "./lemma.ts";
import type { Polarity } from "./lexicon.ts";
import type { ParsedPhrase } from "./parse.ts";
import type { StanceRecord } from "./types.ts";
import type { TokenView } from "./view.ts";

// Support verbs whose negation is opposition ("does not support"); a negated request ("did not
// call for") states no position at all.
const NEGATE_TO_OPPOSE = new Set([
  "support",
  "back",
  "endorse",
  "favour",
  "favor",
  "want",
  "welcome",
  "embrace",
  "advocate",
  "champion",
  "prefer",
]);

/** The polarity a cue gives its complement once negation is taken into account (null: no stance). */
export function polarityOf(view: TokenView, m: CueMatch): Polarity | null {
  if (!m.negated) return m.polarity;
  if (m.kind === "verb") return NEGATE_TO_OPPOSE.has(verbLemma(view.forms[m.cue[0]] ?? "")) ? "oppose" : null;
  if (m.kind === "adj") return m.polarity === "support" ? "oppose" : null;
  return m.polarity;
}

/** "support the council’s request to …": a stance on a request is a stance on what it requests. */
export function deferToNoun(
  view: TokenView,
  m: CueMatch,
  matches: readonly CueMatch[],
  phrase: ParsedPhrase | null,
  limit: number,
): ParsedPhrase | null {
  if (phrase?.kind !== "np") return phrase;
  const noun = matches.find(
    (n) => n.kind === "noun" && n.cue[0] >= phrase.range[0] && n.cue[0] < phrase.range[0] + 6 && n !== m,
  );
  return (noun && complementPhrase(view, noun, limit)) ?? phrase;
}

/** Keeps the groups some stance is about, renumbered p1, p2 … in order; relabels the label map. */
export function renumber(
  ids: readonly string[],
  used: ReadonlySet<string>,
  labels: Map<string, string>,
): (string | null)[] {
  const fresh = new Map<string, string>();
  const out = ids.map((id) => {
    if (!used.has(id)) return null;
    if (!fresh.has(id)) fresh.set(id, `p${fresh.size + 1}`);
    return fresh.get(id) ?? null;
  });
  const old = new Map(labels);
  labels.clear();
  for (const [id, next] of fresh) labels.set(next, old.get(id) ?? "");
  return out;
}

/** Drops repeated stances: same holder, proposal, polarity and evidence. */
export function dedupe(stances: StanceRecord[]): StanceRecord[] {
  const seen = new Set<string>();
  return stances.filter((s) => {
    const k = [s.holder ?? s.holderName, s.proposal, s.polarity, s.start, s.end].join("|");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
