import type { Store } from "../store/store.ts";
import { applyReviews, type Review } from "./reviews.ts";

/** Column titles and their HXL hashtags (https://hxlstandard.org): one figure per row. */
const COLUMNS: readonly (readonly [string, string])[] = [
  ["Document", "#meta+id"],
  ["Published", "#date+reported"],
  ["Indicator", "#indicator+code"],
  ["What is counted", "#indicator+name"],
  ["Qualifier", "#indicator+qualifier"],
  ["Value", "#indicator+value+num"],
  ["Unit", "#indicator+unit"],
  ["Place", "#loc+name"],
  ["Period", "#date+period"],
  ["Source", "#org+source"],
  ["Evidence", "#meta+evidence"],
  ["Start", "#meta+start+num"],
  ["End", "#meta+end+num"],
];

/** A CSV field, quoted when it must be (RFC 4180); formula-like leading characters are neutralised. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`; // spreadsheet formula injection
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Streams every figure of the store (reviews applied) as HXL CSV: a title row, a hashtag row, then data. */
export async function exportHxl(
  store: Store,
  reviewsOf: (docId: string) => Promise<Review[]>,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  await write(`${COLUMNS.map(([t]) => csvField(t)).join(",")}\r\n`);
  await write(`${COLUMNS.map(([, tag]) => tag).join(",")}\r\n`);
  let rows = 0;
  for await (const doc of store.iterateDocuments()) {
    const r = applyReviews(doc.result, await reviewsOf(doc.id));
    const name = (id: string | null): string | null => r.entities.find((e) => e.id === id)?.name ?? null;
    for (const f of r.figures) {
      const period = f.period ? r.text.slice(f.period.start, f.period.end) : null;
      const row = [
        doc.id,
        doc.published,
        f.hxl,
        f.what,
        f.qualifier,
        f.value,
        f.unit,
        name(f.place),
        period,
        name(f.source),
        r.text.slice(f.start, f.end),
        f.start,
        f.end,
      ];
      await write(`${row.map(csvField).join(",")}\r\n`);
      rows++;
    }
  }
  return rows;
}
