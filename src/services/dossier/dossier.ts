import type { ReviewRecord, Store } from "../../store/store.ts";
import { applyReviews } from "../reviews.ts";
import { type Actor, type ActorLink, buildActors, findActor } from "./actors.ts";
import { type Divergence, findDivergences } from "./divergences.ts";
import { buildSeries, type FigureSeries } from "./figures.ts";
import { buildPositions } from "./positions.ts";
import { buildStatements, type Statement } from "./statements.ts";
import { buildTimeline, type DossierEvent } from "./timeline.ts";
import { type DossierDoc, evidenceOf } from "./types.ts";

/** Message rules that flag a report's own mistakes (a misspelt acronym…), shown among divergences. */
const IN_TEXT_RULES = ["actors.acronym", "figures.", "quote.unbalanced"];

/**
 * The cross-document picture of everything in a store: actors, statements, events, figure series,
 * divergences and positions. Built from stored results (the store never runs extraction), each view
 * computed once on first use.
 */
export class Dossier {
  readonly docs: readonly DossierDoc[];
  readonly links: readonly ActorLink[];
  #actors: Actor[] | null = null;
  #statements: Statement[] | null = null;
  #timeline: { events: DossierEvent[]; reports: number } | null = null;
  #series: FigureSeries[] | null = null;

  constructor(docs: readonly DossierDoc[], links: readonly ActorLink[] = []) {
    this.docs = docs;
    this.links = links;
  }

  /**
   * Reads every stored document (page by page) into a dossier, with people's reviews applied
   * (rejected facts gone, corrections in) and their actor merge/split links.
   */
  static async load(store: Store): Promise<Dossier> {
    const reviews = new Map<string, ReviewRecord[]>();
    for (const r of await store.listReviews()) reviews.set(r.docId, [...(reviews.get(r.docId) ?? []), r]);
    const docs: DossierDoc[] = [];
    for await (const d of store.iterateDocuments({ pageSize: 200 })) {
      const result = applyReviews(d.result, reviews.get(d.id) ?? []);
      docs.push({ id: d.id, title: d.title, published: d.published, result });
    }
    return new Dossier(docs, await store.listActorLinks());
  }

  actors(): Actor[] {
    this.#actors ??= buildActors(this.docs, this.links);
    return this.#actors;
  }

  actor(name: string): Actor | null {
    return findActor(this.actors(), name);
  }

  statements(): Statement[] {
    this.#statements ??= buildStatements(this.docs, this.actors());
    return this.#statements;
  }

  timeline(): { events: DossierEvent[]; reports: number } {
    this.#timeline ??= buildTimeline(this.docs, this.actors());
    return this.#timeline;
  }

  series(): FigureSeries[] {
    this.#series ??= buildSeries(this.docs, this.actors());
    return this.#series;
  }

  /** Figure divergences across reports, then the problems each report has in its own text. */
  divergences(): Divergence[] {
    const inText: Divergence[] = this.docs.flatMap((doc) =>
      doc.result.messages
        .filter((m) => IN_TEXT_RULES.some((r) => m.rule.startsWith(r)))
        .map((m) => ({
          kind: "in text" as const,
          what: m.rule,
          explanation: `${m.message}${m.suggestion ? ` (did it mean ${m.suggestion}?)` : ""}`,
          evidence: [evidenceOf(doc, m)],
        })),
    );
    return [...findDivergences(this.series()), ...inText];
  }

  positions(): ReturnType<typeof buildPositions> {
    return buildPositions(this.docs, this.actors());
  }
}
