/** JSON shapes the page reads from the API (the `sitrep extract` result, plus store summaries). */
export interface Span {
  start: number;
  end: number;
}
export interface EntityJson {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  mentions: (Span & { via?: string })[];
}
export interface QuoteJson extends Span {
  direct: boolean;
  speaker: string | null;
  cue: Span | null;
  speakerSpan?: Span | null;
  chain?: { role: string; start: number; end: number; entity: string | null }[];
  hedged?: boolean;
}
export interface FigureJson extends Span {
  value: number;
  unit?: string;
  qualifier: string | null;
  what: string | null;
  source: string | null;
  place?: string | null;
  hxl?: string | null;
}
export interface TimeJson extends Span {
  type: string;
  value: string;
}
export interface EventJson extends Span {
  id: string;
  type: string;
  trigger: Span;
  time: number | null;
  place: string | null;
  participants: { role: string; entity: string | null; span: Span }[];
}
export interface StanceJson extends Span {
  holder: string | null;
  proposal: string;
  polarity: string;
  condition: Span | null;
}
export interface MessageJson extends Span {
  rule: string;
  message: string;
  suggestion?: string;
}
export interface ResultJson {
  id: string;
  title: string | null;
  published: string | null;
  text: string;
  entities: EntityJson[];
  quotes: QuoteJson[];
  figures: FigureJson[];
  times: TimeJson[];
  events: EventJson[];
  proposals: (Span & { id: string; label: string })[];
  stances: StanceJson[];
  messages: MessageJson[];
  stages: string[];
}
export interface ReviewJson {
  kind: string;
  index: number;
  action: "accept" | "correct" | "reject";
  correction: Record<string, unknown> | null;
  reviewer: string;
  at: string;
}
export interface DocumentSummaryJson {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  length: number;
  counts: Record<string, number>;
}
export interface DocumentJson {
  document: DocumentSummaryJson;
  result: ResultJson;
  reviews: ReviewJson[];
  provenance: Record<string, string>;
}
export interface Page<T> {
  items: T[];
  next: string | null;
}
