import { type DocContexts, docContexts, otherContexts } from "./doc-context.ts";
import { GAZ_CATEGORIES, type GazMatch } from "./gazetteer.ts";
import { hashString, mix, mix3 } from "./hash.ts";
import { IntBuffer } from "./int-buffer.ts";
import { BOUNDARY_WORD, type WordInfo, type WordInfoCache } from "./word-info.ts";

/** A document ready for decoding: every token's contextual feature hashes, flattened. */
export interface PreparedDoc {
  /** Contextual features; word-level ones are in each word's `roles` (see decodeDoc). */
  readonly feats: Int32Array;
  /** Token i's contextual features are feats[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  /** Index of each sentence's first token, plus the total token count at the end. */
  readonly sentenceStarts: readonly number[];
  readonly words: readonly WordInfo[];
  /** Key for the in-document prediction history (0 when the token is not a capitalised word). */
  readonly historyKeys: Int32Array;
  /** The pseudo-word that neighbours sentence edges. */
  readonly boundary: WordInfo;
}

// Template ids of contextual features (part of the model format; word-local ones are below 100).
const T = {
  bias: 100,
  lw: 101,
  bigramL: 106,
  bigramR: 107,
  shape: 108,
  shape3: 111,
  lwNextShape: 112,
  prevShapeLw: 113,
  cluster: 114,
  clusterFar: 121,
  gaz: 124,
  gazMask: 127,
  first: 128,
  firstLw: 129,
  capsSent: 130,
  lexLower: 131,
  docLower: 132,
  docCap: 133,
  docCase: 134,
  ctxPrev: 135,
  ctxNext: 136,
  padding: 139,
  numLine: 150,
  numLineLw: 151,
  numLineCluster: 152,
  numLineNext: 153,
  docKind: 154,
  docKindGaz: 155,
} as const;

const PAD_LW = [hashString("<s-2>"), hashString("<s-1>"), 0, hashString("</s+1>"), hashString("</s+2>")];

/** Sentence-level facts: all-caps headline lines, and per-token gazetteer matches. */
interface SentenceFacts {
  readonly caps: boolean;
  /** A results line or table row (see isNumericLine). */
  readonly numeric: boolean;
  readonly gaz: (GazMatch | null)[];
  /** How much of the document is results lines (0 prose, 1 some, 2 mostly); the same for every sentence. */
  docKind: number;
}

/**
 * Whether a line is mostly numbers: a sports result or table row ("Town 2 City 1", "Name 12 3 4 0"),
 * where place names usually stand for teams (ORG) and the prose cues are missing.
 */
export function isNumericLine(words: readonly Pick<WordInfo, "digit">[]): boolean {
  let digits = 0;
  for (const w of words) if (w.digit) digits++;
  return digits >= 2 && digits >= 0.25 * words.length;
}

/** Builds the features of a document given as sentences of raw token forms. */
export function prepareDoc(sentences: readonly (readonly string[])[], cache: WordInfoCache): PreparedDoc {
  const words: WordInfo[] = [];
  const starts: number[] = [];
  const facts: SentenceFacts[] = [];
  for (const s of sentences) {
    starts.push(words.length);
    const info = s.map((f) => cache.get(f));
    for (const w of info) words.push(w);
    let letters = 0;
    let caps = 0;
    for (const w of info) {
      if (w.letter) letters++;
      if (w.caps) caps++;
    }
    facts.push({
      caps: letters > 0 && caps >= 0.7 * letters,
      numeric: isNumericLine(info),
      gaz: cache.resources.gazetteer.match(info),
      docKind: 0,
    });
  }
  starts.push(words.length);
  // Results pages (mostly numeric lines) name teams after places throughout, even in their prose lines.
  const numericLines = facts.filter((f) => f.numeric).length;
  const docKind = numericLines === 0 ? 0 : numericLines < 0.3 * facts.length ? 1 : 2;
  for (const f of facts) f.docKind = docKind;
  const ctx = docContexts(words, starts, facts);
  const feats = new IntBuffer();
  const offsets = new Int32Array(words.length + 1);
  const historyKeys = new Int32Array(words.length);
  for (let s = 0; s < facts.length; s++) {
    const from = starts[s] as number;
    const to = starts[s + 1] as number;
    const sent = facts[s] as SentenceFacts;
    for (let i = from; i < to; i++) {
      offsets[i] = feats.length;
      tokenFeatures(words, from, to, i, sent, ctx, feats);
      const w = words[i] as WordInfo;
      if (w.cap) historyKeys[i] = w.lw | 1;
    }
  }
  offsets[words.length] = feats.length;
  const boundary = cache.get(BOUNDARY_WORD);
  return { feats: feats.toArray(), offsets, sentenceStarts: starts, words, historyKeys, boundary };
}

function tokenFeatures(
  words: readonly WordInfo[],
  from: number,
  to: number,
  i: number,
  sent: SentenceFacts,
  ctx: DocContexts,
  out: IntBuffer,
): void {
  const w = words[i] as WordInfo;
  const prev = i - 1 >= from ? (words[i - 1] as WordInfo) : null;
  const next = i + 1 < to ? (words[i + 1] as WordInfo) : null;
  const lwP = prev ? prev.lw : (PAD_LW[1] as number);
  const lwN = next ? next.lw : (PAD_LW[3] as number);
  const shP = prev ? prev.short : (PAD_LW[1] as number);
  const shN = next ? next.short : (PAD_LW[3] as number);
  out.push(mix3(T.bigramL, lwP, w.lw), mix3(T.bigramR, w.lw, lwN), mix3(T.shape3, mix(shP, w.short), shN));
  out.push(mix3(T.lwNextShape, w.lw, shN), mix3(T.prevShapeLw, shP, w.lw));
  for (let off = -1; off <= 1; off++) {
    const g = i + off >= from && i + off < to ? sent.gaz[i + off - from] : null;
    if (!g) continue;
    for (let c = 0; c < GAZ_CATEGORIES.length; c++)
      if (g.mask & (1 << c)) out.push(mix(T.gaz + off + 1, c * 4 + g.part));
    if (off === 0) out.push(mix(T.gazMask, g.mask), mix3(T.docKindGaz, sent.docKind, g.mask));
  }
  if (sent.numeric) {
    // The word, its shape and cluster conditioned on the line being a results line.
    const nextNum = next?.digit ? 1 : 0;
    out.push(mix(T.numLine, w.short), mix3(T.numLineNext, w.short, nextNum));
    if (w.cap) out.push(mix(T.numLineLw, w.lw), mix(T.numLineCluster, w.clusters[1]));
  }
  if (w.cap) out.push(mix3(T.docKind, sent.docKind, w.clusters[0]));
  const position = (i === from ? 1 : 2) + (sent.caps ? 4 : 0);
  if (i === from) out.push(mix(T.first, w.short), mix(T.firstLw, w.lw));
  if (sent.caps) out.push(mix(T.capsSent, w.short));
  if (!w.cap) return;
  if (w.lexLower) out.push(mix(T.lexLower, position));
  if (ctx.lower.has(w.lw)) out.push(mix(T.docLower, position));
  const mid = ctx.capMid.get(w.lw);
  if (mid !== undefined) out.push(mix(T.docCap, position), mix(T.docCase, mid));
  if (w.lexLower) return; // "The", "But": their other contexts say nothing about them
  // Neighbours at the word's other occurrences, each distinct one counted once.
  const seen: number[] = [];
  otherContexts(ctx, words, i, (p, n) => {
    if (p && !seen.includes(p.lw)) {
      seen.push(p.lw);
      out.add(mix(T.ctxPrev, p.lw));
    }
    if (n && !seen.includes(~n.lw)) {
      seen.push(~n.lw);
      out.add(mix(T.ctxNext, n.lw));
    }
  });
}
