import { nameKey } from "../../services/dossier/names.ts";
import { actorProfile } from "../../services/dossier/profile.ts";
import { filterTimeline } from "../../services/dossier/timeline.ts";
import { HttpError } from "../errors.ts";
import { defineRoute } from "../route.ts";
import {
  ActorResponse,
  ActorsResponse,
  DivergencesResponse,
  FiguresResponse,
  PageQuery,
  PositionsQuery,
  PositionsResponse,
  QuotesQuery,
  QuotesResponse,
  TimelineQuery,
  TimelineResponse,
} from "../schemas.ts";

/** The cross-document views: actors, quotes as statements, timeline, figure series, positions, divergences. */
export const dossierRoutes = [
  defineRoute({
    method: "get",
    path: "/api/actors",
    summary: "Actors across documents, most documents first",
    tag: "dossier",
    query: PageQuery,
    response: ActorsResponse,
    handler: async ({ dossier, query }) => ({
      items: (await dossier())
        .actors()
        .slice(0, query.limit)
        .map((a) => ({
          name: a.name,
          type: a.type,
          aliases: a.aliases,
          documents: a.documents,
          mentions: a.mentions.length,
        })),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/api/actors/:name",
    summary: "One actor (by name or alias): roles, mentions, quotes, positions and events across documents",
    tag: "dossier",
    response: ActorResponse,
    handler: async ({ dossier, params }) => {
      const d = await dossier();
      const actor = d.actor(params.name ?? "");
      if (!actor)
        throw new HttpError(404, "NOT_FOUND", `no actor named "${params.name}": list them at /api/actors`);
      return actorProfile(d, actor);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/quotes",
    summary:
      "Statements: the same quote carried by several documents is one statement, earliest report first",
    tag: "dossier",
    query: QuotesQuery,
    response: QuotesResponse,
    handler: async ({ dossier, query }) => {
      const key = query.speaker ? nameKey(query.speaker) : null;
      const items = (await dossier())
        .statements()
        .filter((s) => !key || (s.speaker !== null && nameKey(s.speaker).includes(key)))
        .filter((s) => !query.since || (s.reports[0]?.published ?? "") >= query.since);
      return { items: items.slice(0, query.limit) };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/timeline",
    summary: "Events in time order; event mentions from different reports of one happening are one event",
    tag: "dossier",
    query: TimelineQuery,
    response: TimelineResponse,
    handler: async ({ dossier, query }) => {
      const { events, reports } = (await dossier()).timeline();
      return { reports, items: filterTimeline(events, query) };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/figures",
    summary: "Figures as series: same what, place and period, every value with its source and date",
    tag: "dossier",
    response: FiguresResponse,
    handler: async ({ dossier }) => ({ series: (await dossier()).series() }),
  }),
  defineRoute({
    method: "get",
    path: "/api/positions",
    summary: "Actors × proposals: support, opposition and conditions, with evidence and dates",
    tag: "dossier",
    query: PositionsQuery,
    response: PositionsResponse,
    handler: async ({ dossier, query }) => {
      const p = (await dossier()).positions();
      if (!query.proposal) return p;
      const key = nameKey(query.proposal);
      const proposals = p.proposals.filter((x) => nameKey(x.label).includes(key));
      const ids = new Set(proposals.map((x) => x.id));
      const cells = p.cells.filter((c) => ids.has(c.proposal));
      return { actors: [...new Set(cells.map((c) => c.actor))], proposals, cells };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/divergences",
    summary:
      "Where sources disagree about figures, classified: period, definition, superseded, source, conflict",
    tag: "dossier",
    response: DivergencesResponse,
    handler: async ({ dossier }) => ({ items: (await dossier()).divergences() }),
  }),
];
