import type { Actor } from "./actors.ts";
import { byDate, type DossierDoc, type Evidence, evidenceOf } from "./types.ts";

/** One reported value of a series. */
export interface SeriesPoint extends Evidence {
  value: number;
  qualifier: string | null;
  unit: string;
  source: string | null;
  hxl: string | null;
}

/** Figures about the same thing — same what, place and period — across documents. */
export interface FigureSeries {
  key: string;
  what: string;
  place: string | null;
  period: string | null;
  hxl: string | null;
  points: SeriesPoint[];
}

/** Words of "what is counted", without the function words, for grouping ("people displaced"). */
export function whatKey(what: string): string {
  const stop = new Set([
    "the",
    "a",
    "an",
    "of",
    "in",
    "who",
    "were",
    "was",
    "have",
    "has",
    "been",
    "had",
    "people",
    "persons",
  ]);
  return what
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !stop.has(w))
    .map((w) => w.replace(/(?:ies)$/, "y").replace(/s$/, ""))
    .sort()
    .join(" ");
}

/** Groups every figure of the dossier into series; points are in order of publication. */
export function buildSeries(docs: readonly DossierDoc[], actors: readonly Actor[]): FigureSeries[] {
  const actorOf = new Map<string, string>();
  for (const a of actors) for (const r of a.refs) actorOf.set(`${r.docId}/${r.entityId}`, a.name);
  const series = new Map<string, FigureSeries>();
  for (const doc of docs) {
    for (const f of doc.result.figures) {
      if (!f.what) continue;
      const place = f.place ? (actorOf.get(`${doc.id}/${f.place}`) ?? null) : null;
      const period = f.period ? periodValue(doc, f.period) : null;
      const key = `${whatKey(f.what)}|${place ?? ""}|${period ?? ""}|${f.unit}`;
      let s = series.get(key);
      if (!s) {
        s = { key, what: f.what, place, period, hxl: f.hxl, points: [] };
        series.set(key, s);
      }
      s.points.push({
        ...evidenceOf(doc, f),
        value: f.value,
        qualifier: f.qualifier,
        unit: f.unit,
        source: f.source ? (actorOf.get(`${doc.id}/${f.source}`) ?? null) : null,
        hxl: f.hxl,
      });
    }
  }
  const out = [...series.values()];
  for (const s of out) s.points.sort((a, b) => byDate(a.published, b.published));
  return out.sort((a, b) => b.points.length - a.points.length || a.what.localeCompare(b.what));
}

/** The TIMEX value of the time expression a figure's period span covers, or the period's text. */
function periodValue(doc: DossierDoc, period: { start: number; end: number }): string {
  const t = doc.result.times.find((x) => x.start < period.end && period.start < x.end);
  return t?.value ?? doc.result.text.slice(period.start, period.end);
}
