import type { Doc } from "../../model/doc.ts";
import type { Span } from "../../model/span.ts";
import { PRONOUNS } from "./lexicon.ts";
import { isCapitalised, raw, type TokenView } from "./view.ts";

/** Something that can hold a stance: an entity mention, or a name-like chunk when no NER ran. */
export interface HolderCandidate extends Span {
  readonly entity: string | null;
  /** The entity's canonical name, or the chunk's text. */
  readonly name: string;
  readonly pronoun: boolean;
}

// Capitalised words that open sentences or name dates, never actors on their own.
const NOT_NAMES = new Set(
  (
    "the a an in on at as for from to of by with and or but if once however according since earlier later " +
    "this that these those such it its their his her he she they we i our while when after before during " +
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday who what when where why how nobody any anyone everyone someone none each all"
  ).split(" "),
);
/** Plural or role nouns after a nationality: "Israeli officials", "Kenyan police", "the Sudanese army". */
const GROUP_AFTER =
  /^\s+(?:officials|leaders|forces|troops|police|army|government|authorities|negotiators|diplomats|ministers|lawmakers|officers|soldiers|mediators|delegation|side)\b/u;
const CONNECTORS = new Set(["of", "for", "de", "du", "la", "on", "and"]);

/**
 * Holder candidates in text order. Entity mentions come from the `entities` layer (with their
 * entity id), then unlinked `mentions`; capitalised name chunks that overlap no mention stand in
 * (with a null entity id), so holders are named before NER exists and where the tagger missed one.
 */
export function holderCandidates(doc: Doc, view: TokenView): HolderCandidate[] {
  const out: HolderCandidate[] = [];
  const seen = new Set<string>();
  for (const e of doc.maybe("entities")) {
    for (const m of e.mentions) {
      seen.add(`${m.start}:${m.end}`);
      // "Israeli officials rejected …": the nationality describes the holders, who are its noun.
      const group = e.type === "NORP" ? GROUP_AFTER.exec(doc.text.slice(m.end, m.end + 30)) : null;
      if (group) {
        const end = m.end + group[0].length;
        out.push({ start: m.start, end, entity: null, name: doc.text.slice(m.start, end), pronoun: false });
        continue;
      }
      out.push({ start: m.start, end: m.end, entity: e.id, name: e.name, pronoun: m.via === "pronoun" });
    }
  }
  for (const m of doc.maybe("mentions")) {
    if (seen.has(`${m.start}:${m.end}`)) continue;
    out.push({ start: m.start, end: m.end, entity: null, name: doc.slice(m), pronoun: m.via === "pronoun" });
  }
  // Name chunks stand in where NER found nothing (no layer at all, or a name the tagger missed).
  const found = [...out];
  for (const c of nameChunks(view)) {
    if (!found.some((m) => m.start < c.end && c.start < m.end)) out.push(c);
  }
  // Pronouns not already covered by a mention: resolved later to the last holder.
  view.forms.forEach((f, i) => {
    const t = view.tokens[i];
    if (!t || !PRONOUNS.has(f) || out.some((c) => c.start <= t.start && t.end <= c.end)) return;
    out.push({ start: t.start, end: t.end, entity: null, name: raw(view, i), pronoun: true });
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Maximal runs of capitalised words (with "of"/"for" inside and a trailing "(ACRONYM)"). */
export function nameChunks(view: TokenView): HolderCandidate[] {
  const out: HolderCandidate[] = [];
  let i = 0;
  while (i < view.tokens.length) {
    if (!isCapitalised(view, i) || NOT_NAMES.has(view.forms[i] ?? "")) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < view.tokens.length) {
      if (isCapitalised(view, j) && !NOT_NAMES.has(view.forms[j] ?? "")) j++;
      else if (CONNECTORS.has(raw(view, j)) && isCapitalised(view, j + 1)) j += 2;
      else break;
    }
    if (raw(view, j) === "(" && /^\p{Lu}{2,}$/u.test(raw(view, j + 1)) && raw(view, j + 2) === ")") j += 3;
    const a = view.tokens[i];
    const b = view.tokens[j - 1];
    if (a && b)
      out.push({
        start: a.start,
        end: b.end,
        entity: null,
        name: view.text.slice(a.start, b.end),
        pronoun: false,
      });
    i = j;
  }
  return out;
}
