import type { PhraseFeatures } from "./label.ts";

/** One proposal phrase found in the text, before grouping. */
export interface Occurrence {
  readonly start: number;
  readonly features: PhraseFeatures;
  readonly kind: "vp" | "np" | "passive";
}

/** Shared share of the smaller set: |A ∩ B| / min(|A|, |B|), 0 when either is empty. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  return [...setA].filter((x) => setB.has(x)).length / Math.min(setA.size, setB.size);
}

/**
 * Whether two (non-anaphoric) proposal phrases state the same proposal. The rule:
 * 1. Actions must agree: their action classes (synonym sets in actions.ts: take over ≈ transform ≈
 *    convert; keep ≈ maintain ≈ stick with; fund ≈ resource ≈ provide …) intersect. Two phrases
 *    without a known class must share a verb lemma.
 * 2. Targets must meet: at least half of the smaller target set (entity ids, acronyms and
 *    normalised content nouns of the objects, with "mission" ≈ "operation" folded) is shared.
 * 3. Outcomes must not conflict: when both say what the action produces ("into a UN operation"),
 *    they share a word.
 * A bare noun phrase ("a UN operation") without an action class joins a verb phrase whose outcome
 * holds at least half of its words (and two of them when it has two or more). Grouping is single-link over these pairs.
 */
export function sameProposal(a: Occurrence, b: Occurrence): boolean {
  const fa = a.features;
  const fb = b.features;
  if (fa.classes.length === 0 && a.kind === "np" && b.kind !== "np" && fb.outcome.length > 0) {
    const words = new Set(fa.target);
    const shared = [...words].filter((w) => fb.outcome.includes(w)).length;
    return words.size > 0 && shared * 2 >= words.size && shared >= Math.min(2, words.size);
  }
  if (fb.classes.length === 0 && b.kind === "np" && a.kind !== "np" && fa.outcome.length > 0)
    return sameProposal(b, a);
  const bothUnknown = fa.classes.length === 0 && fb.classes.length === 0;
  if (bothUnknown && (fa.verbs.length === 0 || !fa.verbs.some((v) => fb.verbs.includes(v)))) return false;
  const classesMeet = fa.classes.some((c) => fb.classes.includes(c)) || bothUnknown;
  if (!classesMeet || overlap(fa.target, fb.target) < 0.5) return false;
  if (fa.outcome.length > 0 && fb.outcome.length > 0 && overlap(fa.outcome, fb.outcome) === 0) return false;
  return true;
}

/**
 * Groups occurrences (in text order) into proposals. An anaphoric phrase ("such a transition",
 * "take such action") joins the nearest earlier non-anaphoric proposal, preferring one whose action
 * class it shares. Returns each occurrence's group id ("p1", "p2" … in order of first mention) and
 * each group's label: that of its most specific member (not anaphoric, longest label).
 */
export function groupOccurrences(occ: readonly Occurrence[]): { ids: string[]; labels: Map<string, string> } {
  const parent = occ.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const union = (i: number, j: number): void => {
    const [a, b] = [find(i), find(j)].sort((x, y) => x - y);
    if (a !== undefined && b !== undefined) parent[b] = a;
  };
  occ.forEach((o, i) => {
    if (o.features.anaphor) {
      const earlier = occ.map((p, j) => ({ p, j })).filter(({ p, j }) => j < i && !p.features.anaphor);
      const sameClass = earlier.filter(({ p }) =>
        p.features.classes.some((c) => o.features.classes.includes(c)),
      );
      const pick = (sameClass.length > 0 ? sameClass : earlier).at(-1);
      if (pick) union(i, pick.j);
      return;
    }
    for (let j = 0; j < i; j++) {
      const p = occ[j];
      if (p && !p.features.anaphor && sameProposal(p, o)) union(i, j);
    }
  });
  const ids: string[] = [];
  const idOfRoot = new Map<number, string>();
  const labels = new Map<string, string>();
  const best = new Map<string, Occurrence>();
  occ.forEach((o, i) => {
    const root = find(i);
    if (!idOfRoot.has(root)) idOfRoot.set(root, `p${idOfRoot.size + 1}`);
    const id = idOfRoot.get(root) ?? "p0";
    ids.push(id);
    const current = best.get(id);
    if (!current || score(o) > score(current)) best.set(id, o);
  });
  for (const [id, o] of best) labels.set(id, o.features.label);
  return { ids, labels };
}

function score(o: Occurrence): number {
  return (o.features.anaphor ? 0 : 1000) + Math.min(o.features.label.length, 60);
}
