import type { Doc } from "../model/doc.ts";
import type {
  Entity,
  Event,
  Figure,
  Message,
  Proposal,
  Quote,
  Role,
  Stance,
  Timex,
} from "../model/layers.ts";

/** The `sitrep extract` result object (../shared/spec/cli-contract.md), with the fields we add. */
export interface ExtractResult {
  id: string;
  title: string | null;
  published: string | null;
  text: string;
  meta: { byline: string | null; url: string | null; format: string; dateline: Span | null; credits: Span[] };
  entities: EntityOut[];
  roles: Role[];
  quotes: QuoteOut[];
  figures: FigureOut[];
  times: TimeOut[];
  events: Event[];
  proposals: Proposal[];
  stances: Stance[];
  messages: MessageOut[];
  /** `name@version` of every stage that produced this result. */
  stages: string[];
}

type Span = { start: number; end: number };
export type EntityOut = ReturnType<typeof entityOut>;
export type QuoteOut = ReturnType<typeof quoteOut>;
export type FigureOut = ReturnType<typeof figureOut>;
export type TimeOut = ReturnType<typeof timeOut>;
export type MessageOut = ReturnType<typeof messageOut>;

const span = (s: Span | null | undefined): Span | null => (s ? { start: s.start, end: s.end } : null);

/** Maps a processed Doc to the contract's result object. Layers not built are present and empty. */
export function toResult(doc: Doc, stages: string[]): ExtractResult {
  const paragraphs = doc.maybe("paragraphs");
  return {
    id: doc.id,
    title: doc.meta.title,
    published: doc.meta.published,
    text: doc.text,
    meta: {
      byline: doc.meta.byline,
      url: doc.meta.url,
      format: doc.meta.format,
      dateline: span(paragraphs.find((p) => p.role === "dateline")),
      credits: paragraphs.filter((p) => p.role === "credit").map((p) => ({ start: p.start, end: p.end })),
    },
    entities: doc.maybe("entities").map(entityOut),
    roles: [...doc.maybe("roles")],
    quotes: doc.maybe("quotes").map(quoteOut),
    figures: doc.maybe("figures").map(figureOut),
    times: doc.maybe("times").map(timeOut),
    events: [...doc.maybe("events")],
    proposals: [...doc.maybe("proposals")],
    stances: [...doc.maybe("stances")],
    messages: doc.messages.map(messageOut),
    stages,
  };
}

function entityOut(e: Entity) {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases],
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, via: m.via })),
  };
}

function quoteOut(q: Quote) {
  return {
    start: q.start,
    end: q.end,
    direct: q.direct,
    speaker: q.speaker,
    cue: span(q.cue),
    speakerSpan: span(q.speakerSpan),
    chain: q.chain.map((l) => ({ role: l.role, start: l.span.start, end: l.span.end, entity: l.entity })),
    hedged: q.hedged,
  };
}

function figureOut(f: Figure) {
  return {
    start: f.start,
    end: f.end,
    value: f.value,
    ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
    unit: f.unit,
    qualifier: f.qualifier,
    what: f.what,
    whatSpan: span(f.whatSpan),
    place: f.place,
    period: span(f.period),
    source: f.source,
    sourceSpan: span(f.sourceSpan),
    hxl: f.hxl,
  };
}

function timeOut(t: Timex) {
  return {
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
    anchor: t.anchor,
  };
}

function messageOut(m: Message) {
  return {
    start: m.start,
    end: m.end,
    rule: m.rule,
    message: m.message,
    ...(m.suggestion ? { suggestion: m.suggestion } : {}),
    ...(m.source ? { source: m.source } : {}),
  };
}
