import { z } from "zod";

/** Request and response schemas of the HTTP API: validation and the OpenAPI document come from here. */
export const ErrorBody = z.object({ code: z.string(), message: z.string() }).meta({ id: "Error" });

const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  after: z.coerce.number().int().min(0).optional(),
});

export const DocumentSummary = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    externalId: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    format: z.string(),
    length: z.number().int(),
    stages: z.array(z.string()),
    ingestedAt: z.string(),
    counts: z.record(z.string(), z.number()),
  })
  .meta({ id: "DocumentSummary" });

export const DocumentPage = z.object({ items: z.array(DocumentSummary), next: z.string().nullable() });

export const UploadQuery = z.object({
  name: z.string().max(300).optional(),
  published: z.string().optional(),
  title: z.string().max(1000).optional(),
});

export const UploadResponse = z.object({
  items: z.array(
    z.object({
      source: z.string(),
      outcome: z.enum(["added", "updated", "unchanged", "failed"]),
      id: z.string().nullable(),
      error: ErrorBody.optional(),
    }),
  ),
});

export const ExtractResult = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    text: z.string(),
    entities: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        name: z.string(),
        aliases: z.array(z.string()),
        mentions: z.array(Span),
      }),
    ),
    quotes: z.array(
      Span.extend({ direct: z.boolean(), speaker: z.string().nullable(), cue: Span.nullable() }),
    ),
    figures: z.array(
      Span.extend({
        value: z.number(),
        qualifier: z.string().nullable(),
        what: z.string().nullable(),
        source: z.string().nullable(),
      }),
    ),
    times: z.array(Span.extend({ type: z.string(), value: z.string() })),
    events: z.array(z.object({}).loose()),
    proposals: z.array(z.object({}).loose()),
    stances: z.array(z.object({}).loose()),
    messages: z.array(Span.extend({ rule: z.string(), message: z.string() })),
    stages: z.array(z.string()),
  })
  .loose()
  .meta({ id: "ExtractResult" });

export const ReviewBody = z.object({
  docId: z.string().min(1),
  kind: z.enum(["entities", "quotes", "figures", "times", "events", "stances", "messages"]),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  action: z.enum(["accept", "correct", "reject"]),
  correction: z.record(z.string(), z.unknown()).nullable().optional(),
  reviewer: z.string().max(200).optional(),
});

export const Review = ReviewBody.extend({
  reviewer: z.string(),
  at: z.string(),
  correction: z.record(z.string(), z.unknown()).nullable(),
}).meta({
  id: "Review",
});

export const DocumentDetail = z.object({
  document: DocumentSummary,
  result: ExtractResult,
  reviews: z.array(Review),
  provenance: z.record(z.string(), z.string()),
});

export const SearchQuery = z.object({
  q: z.string().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export const SearchResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      published: z.string().nullable(),
      snippet: z.string(),
      score: z.number(),
    }),
  ),
});

const Evidence = z.object({
  docId: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
});

export const ActorsResponse = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      aliases: z.array(z.string()),
      documents: z.number(),
      mentions: z.number(),
    }),
  ),
});
export const ActorResponse = z.object({
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.object({ title: z.string(), org: z.string().nullable(), docId: z.string() })),
  mentions: z.array(Evidence),
  quotes: z.array(Evidence.extend({ direct: z.boolean() })),
  stances: z.array(Evidence.extend({ polarity: z.string(), proposal: z.string() })),
  events: z.array(Evidence.extend({ type: z.string(), when: z.string().nullable() })),
});
export const QuotesQuery = z.object({
  speaker: z.string().optional(),
  since: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const QuotesResponse = z.object({
  items: z.array(
    z.object({
      text: z.string(),
      speaker: z.string().nullable(),
      direct: z.boolean(),
      reports: z.array(Evidence),
    }),
  ),
});
export const TimelineQuery = z.object({
  actor: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export const TimelineResponse = z.object({
  reports: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      when: z.string().nullable(),
      reported: z.string().nullable(),
      place: z.string().nullable(),
      actors: z.array(z.string()),
      label: z.string(),
      reports: z.array(Evidence),
    }),
  ),
});
export const FiguresResponse = z.object({
  series: z.array(
    z.object({
      key: z.string(),
      what: z.string(),
      place: z.string().nullable(),
      period: z.string().nullable(),
      hxl: z.string().nullable(),
      points: z.array(
        Evidence.extend({
          value: z.number(),
          qualifier: z.string().nullable(),
          unit: z.string(),
          source: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export const PositionsQuery = z.object({ proposal: z.string().optional() });
export const PositionsResponse = z.object({
  actors: z.array(z.string()),
  proposals: z.array(z.object({ id: z.string(), label: z.string() })),
  cells: z.array(
    z.object({
      actor: z.string(),
      proposal: z.string(),
      polarity: z.string(),
      date: z.string().nullable(),
      docId: z.string(),
      text: z.string(),
      condition: z.string().nullable(),
    }),
  ),
});
export const DivergencesResponse = z.object({
  items: z.array(
    z.object({ kind: z.string(), what: z.string(), explanation: z.string(), evidence: z.array(Evidence) }),
  ),
});
export const ExportQuery = z.object({ format: z.enum(["json", "hxl", "annotations"]).default("json") });
