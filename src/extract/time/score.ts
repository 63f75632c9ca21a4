/**
 * TempEval-3 style scoring of time expressions: strict (same extent) and relaxed (overlapping) extent
 * precision/recall/F1, type accuracy over relaxed matches, and value F1 (relaxed matches with the right value,
 * over system and gold counts), as the TE3 scorer reports them.
 */

/** One expression as the scorer sees it. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

/** Counts summed over documents. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** Zeroed counts to accumulate documents into. */
export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

/** A relaxed match pair, reported for error analysis. */
export interface MatchPair {
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
}

/** Adds one document's counts to `into`; returns the matched pairs and the unmatched on each side. */
export function scoreDocument(
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
  into: TimexCounts,
) {
  into.gold += gold.length;
  into.system += system.length;
  const used = new Set<number>();
  const pairs: MatchPair[] = [];
  const spurious: ScoredTimex[] = [];
  for (const s of system) {
    // Prefer the exact extent, then the first overlapping gold expression not yet matched.
    let g = gold.findIndex((x, i) => !used.has(i) && x.start === s.start && x.end === s.end);
    if (g < 0) g = gold.findIndex((x, i) => !used.has(i) && x.start < s.end && s.start < x.end);
    const match = gold[g];
    if (!match) {
      spurious.push(s);
      continue;
    }
    used.add(g);
    pairs.push({ gold: match, system: s });
    into.relaxed++;
    if (match.start === s.start && match.end === s.end) into.strict++;
    if (match.type === s.type) into.typeCorrect++;
    if (match.value === s.value) into.valueCorrect++;
  }
  const missed = gold.filter((_, i) => !used.has(i));
  return { pairs, spurious, missed };
}

function f1(hits: number, system: number, gold: number) {
  const p = system ? hits / system : 0;
  const r = gold ? hits / gold : 0;
  return { p: 100 * p, r: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0 };
}

/** Percentages from counts. */
export function summarise(c: TimexCounts) {
  return {
    strict: f1(c.strict, c.system, c.gold),
    relaxed: f1(c.relaxed, c.system, c.gold),
    typeAccuracy: c.relaxed ? (100 * c.typeCorrect) / c.relaxed : 0,
    type: f1(c.typeCorrect, c.system, c.gold),
    value: f1(c.valueCorrect, c.system, c.gold),
  };
}
