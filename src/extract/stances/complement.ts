import { phraseEnd } from "./bounds.ts";
import type { CueMatch } from "./cues.ts";
import { verbLemma } from "./lemma.ts";
import { ADDRESSEE_VERBS, DETERMINERS, PREPOSITIONS } from "./lexicon.ts";
import { type ParsedPhrase, parseClause, parseNounPhrase, parseVerbPhrase, passive } from "./parse.ts";
import type { TokenView } from "./view.ts";

/** True when token `k` can start a verb phrase: a lower-case word that is no determiner or preposition. */
export function verbish(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  const f = view.forms[k] ?? "";
  if (t?.kind !== "word" || DETERMINERS.has(f) || PREPOSITIONS.has(f)) return false;
  if (/^\p{Lu}/u.test(view.text.slice(t.start, t.end))) return false;
  return !(f.endsWith("ly") && f.length > 4) || verbish(view, k + 1);
}

/**
 * The proposal phrase a cue introduces, within tokens [.., limit): a that-clause, a to-infinitive,
 * "AGENT to VERB …" (urge/call on/appeal to), a gerund, or a noun phrase; for "X could be
 * considered" and "X should be sent" the subject. Null when the cue has no complement.
 */
export function complementPhrase(
  view: TokenView,
  m: CueMatch,
  limit: number,
  start = m.complement,
): ParsedPhrase | null {
  if (m.subject && m.kind === "consider") {
    return m.subject[1] > m.subject[0] ? parseNounPhrase(view, m.subject[0], m.subject[1]) : null;
  }
  if (m.subject && m.participle !== null) {
    return passive(view, m.subject, m.participle, phraseEnd(view, m.participle, limit));
  }
  if (start === null || start >= limit) return null;
  const f = (k: number): string => view.forms[k] ?? "";
  let c = start;
  if (f(c) === "that") return clause(view, c + 1, limit);
  if (m.kind === "noun" && f(c) === "for") c++;
  if (m.kind === "noun" && f(c) === "on") c++;
  // 'called for "an immediate cessation of hostilities"': the proposal is inside the quotation marks.
  if (view.tokens[c]?.kind === "quote" && c + 1 < limit) c++;
  if (f(c) === "to" && verbish(view, c + 1)) return verbPhrase(view, c + 1, limit);
  if ((m.kind === "modal" || m.kind === "time") && verbish(view, c)) return verbPhrase(view, c, limit);
  if (m.kind === "verb" || m.kind === "noun") {
    // "urged the council to act", "a call for donors to give": the agent, then the infinitive.
    // An aside between dashes ("the parties – the army and the militia – to …") does not count.
    for (let k = c + 1, seen = 0; k < limit && seen < 11; k++, seen++) {
      if (/^[–—]$/.test(f(k))) {
        let close = k + 1;
        while (close < Math.min(limit, k + 16) && !/^[–—]$/.test(f(close))) close++;
        if (/^[–—]$/.test(f(close))) k = close;
        continue;
      }
      if ([",", ".", ";", ":", "“", "”", '"'].includes(f(k)) || f(k) === "that") break;
      if (f(k) === "to" && verbish(view, k + 1)) return verbPhrase(view, k + 1, limit);
    }
  }
  if (m.kind === "noun" && c === start) return null; // "X’s appeal to the council": no proposal
  const lemma = verbLemma(f(m.cue[0]));
  const particle = f(m.cue[1] - 1);
  const forWhat = particle === "for" || (lemma === "call" && particle !== "on" && particle !== "upon");
  if (
    m.kind === "verb" &&
    ADDRESSEE_VERBS.has(lemma) &&
    !forWhat &&
    !(lemma === "appeal" && particle === "for")
  )
    return null;
  if (/ing$/.test(f(c)) && verbish(view, c)) return verbPhrase(view, c, limit);
  const end = phraseEnd(view, c, limit, { allowWith: m.kind === "option" });
  return end > c && isProposalNoun(view, c, end) ? parseNounPhrase(view, c, end) : null;
}

const NOT_PROPOSALS = new Set([
  "it",
  "them",
  "him",
  "her",
  "us",
  "you",
  "me",
  "a",
  "an",
  "the",
  "such",
  "this",
  "that",
  "all",
  "those",
  "one",
]);

/**
 * A noun phrase states a proposal unless it is a pronoun or a bare name: "backed Kessel" endorses
 * an actor, "supported her" a person; "the sanctions on Kessel" and "a ceasefire" are proposals.
 */
function isProposalNoun(view: TokenView, from: number, to: number): boolean {
  if (to - from === 1 && NOT_PROPOSALS.has(view.forms[from] ?? "")) return false;
  // Only the head matters: "her [in the primary]" is a person whatever follows.
  for (let k = from; k < to && !(k > from && PREPOSITIONS.has(view.forms[k] ?? "")); k++) {
    const t = view.tokens[k];
    const f = view.forms[k] ?? "";
    if (t?.kind !== "word" || DETERMINERS.has(f) || NOT_PROPOSALS.has(f) || f === "'s") continue;
    if (!/^\p{Lu}/u.test(view.text.slice(t.start, t.end))) return true;
  }
  return false;
}

function verbPhrase(view: TokenView, from: number, limit: number): ParsedPhrase | null {
  const end = phraseEnd(view, from, limit);
  // "be", "do", "have" alone are no action.
  if (end - from === 1 && /^(?:be|do|have|get|go)$/.test(view.forms[from] ?? "")) return null;
  return end > from ? parseVerbPhrase(view, from, end) : null;
}

function clause(view: TokenView, from: number, limit: number): ParsedPhrase | null {
  const end = phraseEnd(view, from, limit);
  return end > from ? parseClause(view, from, end) : null;
}
