import type { Pipeline } from "../pipeline/pipeline.ts";
import type { ActorCount, QuoteRow, Store, StoreStats } from "../store/store.ts";
import { demoInputs } from "./demo/reports.ts";
import { type IngestSummary, ingestInputs } from "./ingest.ts";

/** What the demo found, for printing or as JSON. */
export interface DemoReport {
  ingest: IngestSummary;
  documents: {
    id: string;
    source: string | null;
    title: string | null;
    published: string | null;
    counts: { actors: number; quotes: number; figures: number; dates: number; messages: number };
  }[];
  topActors: ActorCount[];
  quotes: (QuoteRow & { title: string | null })[];
  stats: StoreStats;
  stages: string[];
}

/**
 * Builds the demo dossier: ingests the bundled fictional reports (a second run finds them
 * unchanged and extracts nothing) and summarises what the store now holds about them.
 */
export async function runDemo(store: Store, options: { pipeline?: Pipeline } = {}): Promise<DemoReport> {
  const inputs = demoInputs();
  const ingest = await ingestInputs(store, inputs, { pipeline: options.pipeline });
  const documents: DemoReport["documents"] = [];
  const quotes: DemoReport["quotes"] = [];
  let stages: string[] = [];
  for (const { input } of inputs) {
    const [id] = await store.findIds(input.id, 1);
    const doc = id ? await store.getDocument(id) : null;
    if (!doc) continue;
    stages = doc.stages;
    const c = doc.counts;
    documents.push({
      id: doc.id,
      source: doc.source,
      title: doc.title,
      published: doc.published,
      counts: {
        actors: c.entities,
        quotes: c.quotes,
        figures: c.figures,
        dates: c.times,
        messages: c.messages,
      },
    });
    const attributed = (await store.listQuotes({ docId: doc.id })).filter((q) => q.speakerName);
    quotes.push(...attributed.slice(0, 2).map((q) => ({ ...q, title: doc.title })));
  }
  return {
    ingest,
    documents,
    topActors: await store.topActors({ limit: 8, docIds: documents.map((d) => d.id) }),
    quotes: quotes.slice(0, 6),
    stats: await store.stats(),
    stages,
  };
}
