import { SitrepError } from "../errors/errors.ts";
import type { ReviewKind, ReviewRecord } from "../store/store.ts";
import type { ExtractResult } from "./result.ts";

/** The layers a person can review, by the names the API and the store use. */
export const REVIEWABLE: readonly ReviewKind[] = [
  "entities",
  "quotes",
  "figures",
  "times",
  "events",
  "stances",
  "messages",
];

/**
 * A person's verdict on one fact. Facts are named by document, layer and span: spans into the same
 * text do not move when the document is extracted again, so a review outlives re-extraction.
 */
export type Review = ReviewRecord;

/** Which fields a correction may change, per layer. */
const CORRECTABLE: Record<ReviewKind, readonly string[]> = {
  entities: ["name", "type"],
  quotes: ["speakerName", "direct"],
  figures: ["value", "qualifier", "what", "sourceName"],
  times: ["value", "type"],
  events: ["type"],
  stances: ["polarity"],
  messages: [],
};

/** Checks a review a person sent; throws INVALID_ARGUMENT with what to fix. */
export function checkReview(r: Omit<Review, "at">): void {
  if (!REVIEWABLE.includes(r.kind)) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      `cannot review "${r.kind}"`,
      `kind is one of ${REVIEWABLE.join(", ")}`,
    );
  }
  if (r.action === "correct") {
    const allowed = CORRECTABLE[r.kind];
    const fields = Object.keys(r.correction ?? {});
    const bad = fields.filter((f) => !allowed.includes(f));
    if (fields.length === 0 || bad.length > 0) {
      throw new SitrepError(
        "INVALID_ARGUMENT",
        `a correction of ${r.kind} may change ${allowed.join(", ") || "nothing"}${bad.length ? `, not ${bad.join(", ")}` : ""}`,
        "send {correction: {field: value}} with one of those fields",
      );
    }
  }
}

type Spanned = { start: number; end: number };

/** True when the result holds a fact of that layer at exactly that span (for entities: a mention). */
export function factExists(result: ExtractResult, kind: ReviewKind, start: number, end: number): boolean {
  const at = (s: Spanned) => s.start === start && s.end === end;
  if (kind === "entities") return result.entities.some((e) => e.mentions.some(at));
  const layer = result[kind] as readonly Spanned[];
  return layer.some(at);
}

/**
 * The result as reviewed: rejected facts removed, corrections applied (the latest review of a fact
 * wins). Used by exports and the cross-document views; the reader shows the raw facts with reviews.
 */
export function applyReviews(result: ExtractResult, reviews: readonly Review[]): ExtractResult {
  if (reviews.length === 0) return result;
  const latest = new Map<string, Review>();
  for (const r of reviews) latest.set(`${r.kind}:${r.start}:${r.end}`, r);
  const out: ExtractResult = { ...result, entities: result.entities.map((e) => ({ ...e })) };
  const verdict = (kind: ReviewKind, s: Spanned): Review | undefined =>
    latest.get(`${kind}:${s.start}:${s.end}`);
  const entityByName = (name: string, type = "PERSON"): string => {
    const found = out.entities.find((e) => e.name.toLowerCase() === name.toLowerCase());
    if (found) return found.id;
    const id = `r${out.entities.length + 1}`;
    out.entities.push({ id, type: type as "PERSON", name, aliases: [], mentions: [] });
    return id;
  };
  // Entity mentions: a rejected mention disappears; a corrected one renames or retypes its entity.
  out.entities = out.entities
    .map((e) => {
      const mentions = e.mentions.filter((m) => verdict("entities", m)?.action !== "reject");
      const fix = e.mentions
        .map((m) => verdict("entities", m))
        .find((r) => r?.action === "correct")?.correction;
      return {
        ...e,
        mentions,
        ...(fix?.name ? { name: String(fix.name) } : {}),
        ...(fix?.type ? { type: fix.type as typeof e.type } : {}),
      };
    })
    .filter((e) => e.mentions.length > 0 || e.id.startsWith("r"));
  const keep = <T extends Spanned>(
    kind: ReviewKind,
    items: readonly T[],
    fix: (item: T, c: Record<string, unknown>) => T,
  ): T[] =>
    items
      .filter((x) => verdict(kind, x)?.action !== "reject")
      .map((x) => {
        const r = verdict(kind, x);
        return r?.action === "correct" && r.correction ? fix(x, r.correction) : x;
      });
  out.quotes = keep("quotes", result.quotes, (q, c) => ({
    ...q,
    ...(typeof c.speakerName === "string" ? { speaker: entityByName(c.speakerName) } : {}),
    ...(typeof c.direct === "boolean" ? { direct: c.direct } : {}),
  }));
  out.figures = keep("figures", result.figures, (f, c) => ({
    ...f,
    ...(typeof c.value === "number" ? { value: c.value } : {}),
    ...(typeof c.qualifier === "string" ? { qualifier: c.qualifier } : {}),
    ...(typeof c.what === "string" ? { what: c.what } : {}),
    ...(typeof c.sourceName === "string" ? { source: entityByName(c.sourceName, "ORG") } : {}),
  }));
  out.times = keep("times", result.times, (t, c) => ({
    ...t,
    ...(typeof c.value === "string" ? { value: c.value } : {}),
    ...(typeof c.type === "string" ? { type: c.type as typeof t.type } : {}),
  }));
  // Events point at times by index: renumber them after rejected times are gone.
  const timeIndex = new Map<number, number>();
  result.times.forEach((t, i) => {
    const j = out.times.findIndex((x) => x.start === t.start && x.end === t.end);
    if (j >= 0) timeIndex.set(i, j);
  });
  out.events = keep("events", result.events, (e, c) => ({
    ...e,
    ...(typeof c.type === "string" ? { type: c.type } : {}),
  })).map((e) => ({ ...e, time: e.time === null ? null : (timeIndex.get(e.time) ?? null) }));
  out.stances = keep("stances", result.stances, (s, c) => ({
    ...s,
    ...(typeof c.polarity === "string" ? { polarity: c.polarity as typeof s.polarity } : {}),
  }));
  out.messages = keep("messages", result.messages, (m) => m);
  return out;
}
