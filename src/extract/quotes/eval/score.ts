import type { Span } from "../../../model/span.ts";

/** A gold quote: its content (one or more parts), the speaker phrase and/or canonical name. */
export interface GoldQuote {
  readonly parts: readonly Span[];
  readonly speakerSpans: readonly Span[];
  readonly reference: string | null;
}

/** A predicted quote with the speaker phrase and, when linked, the entity's names. */
export interface PredictedQuote {
  readonly span: Span;
  readonly speakerSpan: Span | null;
  readonly speakerNames: readonly string[];
}

/** Counts for one scoring run, summed over documents. */
export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched pairs where the gold says who spoke. */
  withSpeaker: number;
  speakerRight: number;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  withSpeaker: 0,
  speakerRight: 0,
});

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function goldLength(g: GoldQuote): number {
  return g.parts.reduce((n, p) => n + (p.end - p.start), 0);
}

function covered(g: GoldQuote, p: Span): number {
  return g.parts.reduce((n, part) => n + overlap(part, p), 0);
}

/**
 * Whether a prediction matches a gold quote. "gold": the prediction covers at least `threshold` of
 * the gold quote (the Gender Gap Tracker's protocol, 0.3). "both": it also lies at least
 * `threshold` inside the gold quote.
 */
export function quoteMatches(g: GoldQuote, p: Span, threshold: number, mode: "gold" | "both"): boolean {
  const o = covered(g, p);
  if (o === 0 || o < threshold * goldLength(g)) return false;
  return mode === "gold" || o >= threshold * (p.end - p.start);
}

/** Folds accents and case: "António" and "antonio" compare equal. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function surname(name: string): string {
  const words = fold(name).match(/[\p{L}-]+/gu) ?? [];
  return words.filter((w) => w.length > 1).pop() ?? "";
}

/** The speaker is right when the phrases overlap or the gold surname is a word of a predicted name. */
export function speakerMatches(g: GoldQuote, text: string, p: PredictedQuote): boolean {
  const ps = p.speakerSpan;
  if (ps && g.speakerSpans.some((s) => overlap(s, ps) > 0)) return true;
  const names = [...p.speakerNames, ...(ps ? [text.slice(ps.start, ps.end)] : [])].map(
    (n) => ` ${fold(n).replace(/[^\p{L}-]+/gu, " ")} `,
  );
  const wanted = [g.reference ?? "", ...g.speakerSpans.map((s) => text.slice(s.start, s.end))]
    .map(surname)
    .filter((s) => s.length > 1 && !/^(?:he|she|they|we|it|you)$/.test(s));
  return wanted.some((w) => names.some((n) => n.includes(` ${w} `)));
}

/** Greedy one-to-one matching (each gold takes the unmatched prediction that covers it most). */
export function matchQuotes(
  gold: readonly GoldQuote[],
  pred: readonly PredictedQuote[],
  threshold: number,
  mode: "gold" | "both",
): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    let best = -1;
    let bestOverlap = 0;
    pred.forEach((p, pi) => {
      if (used.has(pi) || !quoteMatches(g, p.span, threshold, mode)) return;
      const o = covered(g, p.span);
      if (o > bestOverlap) [best, bestOverlap] = [pi, o];
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });
  return pairs;
}

/** Scores one document into the tally. */
export function scoreDoc(
  t: Tally,
  text: string,
  gold: readonly GoldQuote[],
  pred: readonly PredictedQuote[],
  threshold: number,
  mode: "gold" | "both",
): void {
  const pairs = matchQuotes(gold, pred, threshold, mode);
  t.gold += gold.length;
  t.predicted += pred.length;
  t.matched += pairs.length;
  for (const [gi, pi] of pairs) {
    const g = gold[gi];
    const p = pred[pi];
    if (!g || !p || (g.speakerSpans.length === 0 && !g.reference)) continue;
    t.withSpeaker++;
    if (speakerMatches(g, text, p)) t.speakerRight++;
  }
}

/** Precision, recall, F1 (percent) of quotes, speaker accuracy, and F1 of quotes with the right speaker. */
export function summarize(t: Tally): Record<string, number> {
  const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  const pct = (a: number, b: number): number => (b > 0 ? (100 * a) / b : 0);
  const p = pct(t.matched, t.predicted);
  const r = pct(t.matched, t.gold);
  // Attributed quotes: quote matched and speaker right; gold quotes without a speaker count as right when matched.
  const attributed = t.speakerRight + (t.matched - t.withSpeaker);
  const ap = pct(attributed, t.predicted);
  const ar = pct(attributed, t.gold);
  return {
    P: p,
    R: r,
    F1: f1(p, r),
    speakerAcc: pct(t.speakerRight, t.withSpeaker),
    attrP: ap,
    attrR: ar,
    attrF1: f1(ap, ar),
  };
}
