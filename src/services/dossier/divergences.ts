import type { FigureSeries, SeriesPoint } from "./figures.ts";
import type { Evidence } from "./types.ts";

export type DivergenceKind =
  | "different period"
  | "different definition"
  | "superseded"
  | "different source"
  | "attribution"
  | "conflict"
  | "in text";

/** Where sources disagree about a figure, and the most likely reason. */
export interface Divergence {
  kind: DivergenceKind;
  what: string;
  explanation: string;
  evidence: Evidence[];
}

const fmt = (p: SeriesPoint): string =>
  `${p.qualifier ? `${p.qualifier} ` : ""}${p.value.toLocaleString("en")} (${p.source ?? "unattributed"}, ${p.published ?? "undated"})`;

/**
 * Explains the differences inside and between series:
 * - values that differ inside a series: superseded by a later report, attributed to another source,
 *   or a real conflict (same date, or no way to tell);
 * - the same value credited to different sources in different reports: an attribution divergence;
 * - series about the same thing and place but another period or wording: noted as such, not conflicts.
 */
export function findDivergences(series: readonly FigureSeries[]): Divergence[] {
  const out: Divergence[] = [];
  for (const s of series) {
    const values = new Set(s.points.map((p) => p.value));
    if (values.size > 1) out.push(classify(s));
    const bySource = new Map<number, Set<string>>();
    for (const p of s.points) {
      if (!bySource.has(p.value)) bySource.set(p.value, new Set());
      bySource.get(p.value)?.add(p.source ?? "unattributed");
    }
    for (const [value, sources] of bySource) {
      if (sources.size > 1) {
        const pts = s.points.filter((p) => p.value === value);
        out.push({
          kind: "attribution",
          what: s.what,
          explanation: `the same figure (${value.toLocaleString("en")}) is credited to ${[...sources].join(" and to ")} in different reports`,
          evidence: pts,
        });
      }
    }
  }
  out.push(...acrossSeries(series));
  return out;
}

function classify(s: FigureSeries): Divergence {
  const pts = s.points;
  const first = pts[0] as SeriesPoint;
  const last = pts[pts.length - 1] as SeriesPoint;
  const sources = new Set(pts.map((p) => p.source));
  const dates = new Set(pts.map((p) => p.published));
  let kind: DivergenceKind = "conflict";
  let explanation = `reports give ${pts.map(fmt).join(" vs ")}`;
  if (dates.size > 1 && first.published && last.published && first.published !== last.published) {
    kind = "superseded";
    explanation = `the later report (${fmt(last)}) updates the earlier one (${fmt(first)})`;
  } else if (sources.size > 1) {
    kind = "different source";
    explanation = `different sources: ${pts.map(fmt).join(" vs ")}`;
  }
  return { kind, what: s.what, explanation, evidence: pts };
}

/** Series on the same thing and place that differ only in period or wording. */
function acrossSeries(series: readonly FigureSeries[]): Divergence[] {
  const out: Divergence[] = [];
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) {
      const a = series[i] as FigureSeries;
      const b = series[j] as FigureSeries;
      if (a.place !== b.place || !a.hxl || a.hxl !== b.hxl) continue;
      const kind: DivergenceKind =
        a.what === b.what || a.period !== b.period ? "different period" : "different definition";
      if (kind === "different period" && a.period === b.period) continue;
      out.push({
        kind,
        what: `${a.what} / ${b.what}`,
        explanation:
          kind === "different period"
            ? `counts for different periods (${a.period ?? "unspecified"} vs ${b.period ?? "unspecified"}): not a conflict`
            : `different definitions of what is counted ("${a.what}" vs "${b.what}")`,
        evidence: [...a.points, ...b.points],
      });
    }
  }
  return out;
}
