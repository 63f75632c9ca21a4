/**
 * BILOU labels for the four CoNLL types, and conversions between BILOU, IOB2 and spans.
 * Label 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
 */

export const NER_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerType = (typeof NER_TYPES)[number];
export const NUM_LABELS = 1 + 4 * NER_TYPES.length;

/** An entity as a token range `[start, end)` within one sentence. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

const B = 0;
const I = 1;
const L = 2;
const U = 3;

/** The entity type of a label, or -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** The position of a label inside its entity: 0 B, 1 I, 2 L, 3 U (O gives -1). */
export function labelPart(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/**
 * Whether `next` may follow `prev` (prev = -1 at sentence start): an open entity (B, I) must be
 * continued by I or L of its type, and I or L may only continue one. Used as a hard decoding constraint.
 */
export function allowed(prev: number, next: number): boolean {
  const open = prev > 0 && labelPart(prev) <= I;
  const part = labelPart(next);
  if (open) return (part === I || part === L) && labelType(next) === labelType(prev);
  return part !== I && part !== L;
}

/** Whether a label may end a sentence (no entity left open). */
export function canEnd(label: number): boolean {
  return label === 0 || labelPart(label) >= L;
}

/** BILOU labels for one sentence of `length` tokens with the given entities. */
export function spansToBilou(spans: readonly TokenSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    const base = 1 + 4 * NER_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) out[s.start] = base + U;
    else {
      out[s.start] = base + B;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = base + I;
      out[s.end - 1] = base + L;
    }
  }
  return out;
}

/** Entities from BILOU labels (the decoder's constraint makes every sequence well formed). */
export function bilouToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? 0;
    const part = labelPart(label);
    const type = NER_TYPES[labelType(label)];
    if (part === B) start = i;
    else if (part === U && type) spans.push({ start: i, end: i + 1, type });
    else if (part === L && type && start >= 0) {
      spans.push({ start, end: i + 1, type });
      start = -1;
    }
  }
  return spans;
}

/**
 * Entities from IOB tags (IOB1 or IOB2) as conlleval reads them: a chunk starts at B-X, or at I-X
 * after a tag of another type or O, and ends before any tag that does not continue it.
 */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = "";
  const close = (end: number): void => {
    if (start >= 0 && (NER_TYPES as readonly string[]).includes(type))
      spans.push({ start, end, type: type as NerType });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const t = tag.length > 2 ? tag.slice(2) : "";
    if (tag === "O" || (prefix !== "B-" && prefix !== "I-")) close(i);
    else if (prefix === "B-" || t !== type || start < 0) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return spans;
}

/** IOB2 tags for one sentence of `length` tokens. */
export function spansToIob2(spans: readonly TokenSpan[], length: number): string[] {
  const tags: string[] = new Array(length).fill("O");
  for (const s of spans)
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? "B" : "I"}-${s.type}`;
  return tags;
}
