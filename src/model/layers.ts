import type { Span } from "./span.ts";

/** What kind of thing a token is; the tokenizer decides, later stages read it. */
export type TokenKind = "word" | "number" | "punct" | "quote" | "symbol" | "url" | "email";

/** One token. `ws` says whether white space (or a line break) follows it. */
export interface Token extends Span {
  readonly kind: TokenKind;
  /** True when the token is a known abbreviation or initial ending in a period ("Feb.", "U.S.", "J."). */
  readonly abbrev?: boolean;
}

/** A sentence, with the half-open range of its tokens in the `tokens` layer. */
export interface Sentence extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A paragraph of the body. `role` marks lines that are not article prose. */
export interface Paragraph extends Span {
  readonly role: "body" | "dateline" | "credit";
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "MISC";

/** One mention of a named thing, as found in the text (before linking into entities). */
export interface Mention extends Span {
  readonly type: EntityType;
  /** How the mention was found: a named-entity tag, an acronym, a pronoun, a description… */
  readonly via: "ner" | "acronym" | "alias" | "pronoun" | "description" | "rule";
  /** Confidence in [0, 1]. */
  readonly score?: number;
}

/** An actor inside one document: all its mentions, its fullest name and the variants used. */
export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
}

/** A title or role held by a person, optionally at an organisation. */
export interface Role {
  readonly person: string; // entity id
  readonly title: Span;
  readonly org: string | null; // entity id
  readonly span: Span;
}

/** One link in a chain of reporting, from the original speaker towards this document. */
export interface ChainLink {
  readonly role: "speaker" | "medium" | "recipient" | "intermediary";
  readonly span: Span;
  readonly entity: string | null;
}

export interface Quote extends Span {
  readonly direct: boolean;
  readonly speaker: string | null; // entity id
  /** The span of the speaker mention the attribution was made through (may be a pronoun). */
  readonly speakerSpan: Span | null;
  readonly cue: Span | null;
  readonly chain: readonly ChainLink[];
  readonly hedged: boolean;
}

export interface Figure extends Span {
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly what: string | null;
  readonly whatSpan: Span | null;
  readonly place: string | null; // entity id
  readonly period: Span | null;
  readonly source: string | null; // entity id
  /** The words the figure is attributed to, an entity or not ("according to the ministry"). */
  readonly sourceSpan?: Span | null;
  readonly hxl: string | null;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex extends Span {
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string;
  /** Which anchor the value was resolved against. */
  readonly anchor: "published" | "narrative" | "absolute" | "none";
}

export interface EventParticipant {
  readonly role: "agent" | "victim" | "recipient" | "theme";
  readonly entity: string | null;
  readonly span: Span;
}

export interface Event extends Span {
  readonly id: string;
  readonly type: string;
  readonly trigger: Span;
  readonly participants: readonly EventParticipant[];
  readonly time: number | null; // index into the `times` layer
  readonly place: string | null; // entity id
  /** The words naming the place, an entity or not ("at his home"). */
  readonly placeSpan?: Span | null;
  /** Whether the text asserts the event, denies it, or only considers it. */
  readonly modality?: "asserted" | "negated" | "hypothetical";
  /** Triggers of every mention merged into this event, the first included. */
  readonly mentions?: readonly Span[];
}

export interface Proposal extends Span {
  readonly id: string;
  readonly label: string;
  /** The action classes of the phrase (transform, keep, fund…), used to group paraphrases. */
  readonly action?: readonly string[];
  /** True for "such action"-style phrases that point back to an earlier proposal. */
  readonly anaphor?: boolean;
}

export interface Stance extends Span {
  readonly holder: string | null; // entity id
  readonly proposal: string; // proposal id
  readonly polarity: "support" | "oppose" | "conditional";
  readonly condition: Span | null;
  /** The holder's name as written, when no entity holds it. */
  readonly holderName?: string | null;
  readonly holderSpan?: Span | null;
  /** How the holder was found: quote speaker, reporting verb, subject, possessor, or an echo. */
  readonly holderVia?: "quote" | "speech" | "subject" | "possessor" | "echo";
  readonly cue?: Span;
  readonly proposalSpan?: Span;
  /** Index into `times` of the date the stance was taken, if the text gives one. */
  readonly time?: number | null;
  /** TIMEX value of that date, else the publication date. */
  readonly date?: string | null;
}

/** A problem found in the text itself (not a program error): vfile's `file.message`. */
export interface Message extends Span {
  readonly rule: string;
  readonly message: string;
  /** The stage that raised it, as `name@version`. */
  readonly source?: string;
  /** A suggested replacement, when the rule has one. */
  readonly suggestion?: string;
}

/** Every layer a pipeline stage can add, by name. */
export interface Layers {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  roles: readonly Role[];
  quotes: readonly Quote[];
  figures: readonly Figure[];
  times: readonly Timex[];
  events: readonly Event[];
  proposals: readonly Proposal[];
  stances: readonly Stance[];
}

export type LayerName = keyof Layers;
