import type { Entity, EntityType, Quote, Sentence } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import type { TokenView } from "./context.ts";
import { REPORTING_VERBS } from "./verbs.ts";

/** Who the text credits a figure to: an entity when one is mentioned there, and the words it used. */
export interface Attribution {
  readonly entity: string | null;
  readonly span: Span;
}

/** An entity mention with its entity's id and type. */
export interface LinkedMention extends Span {
  readonly entity: string;
  readonly type: EntityType;
}

/** Every entity mention, sorted by offset. */
export function linkedMentions(entities: readonly Entity[]): LinkedMention[] {
  const out: LinkedMention[] = [];
  for (const e of entities)
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e.id, type: e.type });
  return out.sort((a, b) => a.start - b.start);
}

const CONNECTORS = new Set("of for the and on de du des la le at ’s 's a an by from".split(" "));
const SUBJECT_STOPS = new Set(
  "that and while but when as who which whereas because if though although".split(" "),
);
const CONTRASTS = new Set("though although but while whereas yet".split(" "));
const BE = new Set("were was is are been be being".split(" "));
const DETS = new Set("the a an".split(" "));
/** Before these, "reports", "estimates" are nouns ("some estimates put the toll …"), not reporting verbs. */
const NOUN_MARKERS = new Set(
  "some many other these those most several such its their his her our".split(" "),
);
const SKIP_BEFORE_VERB = new Set("has have had also reportedly further".split(" "));

/** Tokens of a source name from `i` forward: descriptors, then capitalised words and connectors. */
function chunkForward(
  v: TokenView,
  i: number,
  end: number,
  blocked: (offset: number) => boolean,
): [number, number] | null {
  let seenCap = false;
  let last = -1;
  let depth = 0;
  for (let j = i; j < end && j < i + 14; j++) {
    const w = v.word(j);
    if (blocked(v.tokens[j]?.start ?? 0)) break;
    if (w === "(") depth++;
    else if (w === ")") depth--;
    else if (depth === 0 && (v.kind(j) === "punct" || v.kind(j) === "quote")) break;
    else if (depth === 0 && /^\p{Lu}/u.test(w)) seenCap = true;
    else if (depth === 0 && seenCap && !CONNECTORS.has(w.toLowerCase())) break;
    // "sources cited by Reuters": the source is who was cited, not who cited them.
    else if (depth === 0 && j > i && /^(?:cited|quoted|reported|relayed)$/.test(w) && v.lower(j + 1) === "by")
      break;
    if (depth < 0) break;
    last = j;
  }
  while (last >= i && CONNECTORS.has(v.lower(last))) last--;
  return last >= i ? [i, last] : null;
}

/** Tokens of a subject ending right before token `r` (exclusive). */
function chunkBackward(
  v: TokenView,
  r: number,
  begin: number,
  blocked: (offset: number) => boolean,
): [number, number] | null {
  let j = r - 1;
  while (j >= begin && SKIP_BEFORE_VERB.has(v.lower(j))) j--;
  const last = j;
  while (j >= begin && j > last - 8) {
    const w = v.word(j);
    // "Food and Agriculture Organization": "and" between capitalised words is part of the name.
    const inName = w === "and" && /^\p{Lu}/u.test(v.word(j - 1)) && /^\p{Lu}/u.test(v.word(j + 1));
    if (blocked(v.tokens[j]?.start ?? 0) || (SUBJECT_STOPS.has(w.toLowerCase()) && !inName)) break;
    if ((v.kind(j) === "punct" && w !== "(" && w !== ")") || v.kind(j) === "quote" || v.kind(j) === "number")
      break;
    j--;
  }
  return last > j ? [j + 1, last] : null;
}

/** The attribution a token range names: its best entity mention, else the words (possessor dropped). */
export function resolveChunk(
  v: TokenView,
  from: number,
  to: number,
  mentions: readonly LinkedMention[],
): Attribution {
  const span = v.span(from, to);
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const possessed = (m: Span): boolean => /^\s*['’]s\b/.test(v.text.slice(m.end, m.end + 3));
  const best =
    inside.find((m) => !possessed(m) && (m.type === "PERSON" || m.type === "ORG")) ??
    inside.find((m) => !possessed(m)) ??
    inside[0];
  if (best) return { entity: best.entity, span: { start: best.start, end: best.end } };
  let start = from;
  for (let j = from; j < to; j++)
    if (/^['’]s$/.test(v.word(j)) && /^\p{Lu}/u.test(v.word(j + 1))) start = j + 1;
  const firstCap = [...Array(to - start + 1).keys()]
    .map((k) => start + k)
    .find((j) => /^\p{Lu}/u.test(v.word(j)));
  if (firstCap !== undefined && firstCap > start && /^(?:by|from|of|at)$/.test(v.lower(firstCap - 1)))
    start = firstCap;
  while (start < to && DETS.has(v.lower(start))) start++;
  return { entity: null, span: v.span(start, to) };
}

/**
 * Attributions in one sentence: "according to X" covers every figure in it; "X said" covers the figures
 * after the verb, and those before it when the subject follows a comma ("…, the agency said").
 * Returns a function from a figure's offset to its attribution.
 */
export function sentenceAttribution(
  v: TokenView,
  sentence: Sentence,
  mentions: readonly LinkedMention[],
  figureSpans: readonly Span[],
): (at: number) => Attribution | null {
  const blocked = (offset: number): boolean => figureSpans.some((f) => f.start <= offset && offset < f.end);
  const { tokenStart: begin, tokenEnd: end } = sentence;
  for (let i = begin; i < end - 1; i++) {
    if (v.lower(i) === "according" && v.lower(i + 1) === "to") {
      const chunk = chunkForward(v, i + 2, end, blocked);
      if (chunk) {
        const a = resolveChunk(v, chunk[0], chunk[1], mentions);
        // "…, according to the UN, though some estimates put the toll at …": the contrast has other sources.
        let contrast = -1;
        for (let k = chunk[1] + 1; k < end - 1 && contrast < 0; k++)
          if (v.word(k) === "," && CONTRASTS.has(v.lower(k + 1))) contrast = v.tokens[k]?.start ?? -1;
        return (x) => (contrast >= 0 && x > contrast ? null : a);
      }
    }
  }
  const verbs: Array<{ at: number; covers: (x: number) => boolean; a: Attribution }> = [];
  for (let r = begin; r < end; r++) {
    // Lower case only: "Kaduna State", "Says Ministry" are names, not verbs.
    if (!REPORTING_VERBS.has(v.word(r)) || v.kind(r) !== "word") continue;
    const prev = v.lower(r - 1);
    if (BE.has(prev) || DETS.has(prev) || NOUN_MARKERS.has(prev)) continue;
    const at = v.tokens[r]?.start ?? 0;
    if ((prev === "," || v.kind(r - 1) === "quote") && r - 1 >= begin) {
      const chunk = chunkForward(v, r + 1, end, blocked);
      if (chunk && (DETS.has(v.lower(r + 1)) || /^\p{Lu}/u.test(v.word(r + 1)))) {
        verbs.push({ at, covers: () => true, a: resolveChunk(v, chunk[0], chunk[1], mentions) });
        continue;
      }
    }
    const chunk = chunkBackward(v, r, begin, blocked);
    if (!chunk) continue;
    const afterComma = chunk[0] - 1 >= begin && v.word(chunk[0] - 1) === ",";
    verbs.push({ at, covers: (x) => x > at || afterComma, a: resolveChunk(v, chunk[0], chunk[1], mentions) });
  }
  return (x) => {
    const hits = verbs.filter((h) => h.covers(x));
    hits.sort((p, q) => Math.abs(p.at - x) - Math.abs(q.at - x));
    return hits[0]?.a ?? null;
  };
}

/** The speaker of a quote containing the figure, when the quotes layer has one. */
export function quoteAttribution(quotes: readonly Quote[], figure: Span): Attribution | null {
  const q = quotes.find((x) => x.start <= figure.start && figure.end <= x.end && x.speaker);
  if (!q?.speaker) return null;
  return { entity: q.speaker, span: q.speakerSpan ?? q.cue ?? { start: q.start, end: q.start } };
}
