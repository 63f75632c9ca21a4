import type { Actor } from "./actors.ts";
import { byDate, type DossierDoc, type Evidence, evidenceOf } from "./types.ts";

/** One statement: the same words of one speaker, however many documents carry them. */
export interface Statement {
  text: string;
  speaker: string | null;
  direct: boolean;
  /** Every report, earliest first: the first is the statement's first appearance. */
  reports: (Evidence & { cue: string | null })[];
}

/** Quote text reduced to its words, for recognising the same quote in another report. */
export function quoteKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Groups the quotes of all documents into statements: same speaker (across documents, through
 * actors) and the same words — or one quote's words contained in the other's, for partial quotes
 * of at least six words.
 */
export function buildStatements(docs: readonly DossierDoc[], actors: readonly Actor[]): Statement[] {
  const actorOf = new Map<string, string>();
  for (const a of actors) for (const r of a.refs) actorOf.set(`${r.docId}/${r.entityId}`, a.name);
  const statements: (Statement & { key: string })[] = [];
  for (const doc of docs) {
    for (const q of doc.result.quotes) {
      const text = doc.result.text.slice(q.start, q.end);
      const key = quoteKey(text);
      const speaker = q.speaker ? (actorOf.get(`${doc.id}/${q.speaker}`) ?? null) : null;
      const report = {
        ...evidenceOf(doc, q),
        cue: q.cue ? doc.result.text.slice(q.cue.start, q.cue.end) : null,
      };
      const same = statements.find(
        (s) => (s.speaker === speaker || s.speaker === null || speaker === null) && sameWords(s.key, key),
      );
      if (same) {
        same.reports.push(report);
        same.speaker ??= speaker;
        if (key.length > same.key.length) Object.assign(same, { key, text });
      } else statements.push({ key, text, speaker, direct: q.direct, reports: [report] });
    }
  }
  for (const s of statements) s.reports.sort((a, b) => byDate(a.published, b.published));
  return statements.map(({ key: _key, ...s }) => s);
}

function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 6 && ` ${long} `.includes(` ${short} `);
}
