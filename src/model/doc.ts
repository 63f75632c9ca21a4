import type { LayerName, Layers, Message } from "./layers.ts";
import type { Span } from "./span.ts";

/** Where a document came from and what is known about it besides its text. */
export interface DocMeta {
  readonly title: string | null;
  /** Publication date as YYYY-MM-DD: the anchor for relative dates. Null when unknown. */
  readonly published: string | null;
  readonly byline: string | null;
  readonly url: string | null;
  /** The input format the text was extracted from. */
  readonly format: "text" | "html" | "jsonl";
}

/** Metadata with every field optional, for callers that know only some of it. */
export type DocMetaInput = Partial<DocMeta>;

const EMPTY_META: DocMeta = { title: null, published: null, byline: null, url: null, format: "text" };

/**
 * One document: immutable text, metadata, and the layers pipeline stages have added.
 * A Doc is never mutated; `withLayers` returns a new one that shares the old layers.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly messages: readonly Message[];
  /** For each layer, the stage that added it, as `name@version`. */
  readonly provenance: Readonly<Partial<Record<LayerName, string>>>;
  readonly #layers: Readonly<Partial<Layers>>;

  constructor(
    id: string,
    text: string,
    meta: DocMetaInput = {},
    layers: Partial<Layers> = {},
    messages: readonly Message[] = [],
    provenance: Partial<Record<LayerName, string>> = {},
  ) {
    this.id = id;
    this.text = text;
    this.meta = Object.freeze({ ...EMPTY_META, ...meta });
    this.#layers = Object.freeze({ ...layers });
    this.messages = Object.freeze([...messages]);
    this.provenance = Object.freeze({ ...provenance });
  }

  /** True when the layer has been added. */
  has(name: LayerName): boolean {
    return this.#layers[name] !== undefined;
  }

  /** The layer's items; throws when no stage has added it (a pipeline-order bug, not bad input). */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.#layers[name];
    if (layer === undefined) throw new Error(`layer "${name}" has not been added to document ${this.id}`);
    return layer as Layers[K];
  }

  /** The layer's items, or an empty list when it has not been added. */
  maybe<K extends LayerName>(name: K): Layers[K] {
    return (this.#layers[name] ?? []) as Layers[K];
  }

  /** The text of a span of this document. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** A new Doc with the given layers added (or replaced) and messages appended, stamped with `by`. */
  withLayers(layers: Partial<Layers>, by: string, messages: readonly Message[] = []): Doc {
    const provenance: Partial<Record<LayerName, string>> = { ...this.provenance };
    for (const name of Object.keys(layers) as LayerName[]) provenance[name] = by;
    return new Doc(
      this.id,
      this.text,
      this.meta,
      { ...this.#layers, ...layers },
      [...this.messages, ...messages.map((m) => ({ ...m, source: m.source ?? by }))],
      provenance,
    );
  }

  /** Names of the layers present. */
  layerNames(): LayerName[] {
    return Object.keys(this.#layers) as LayerName[];
  }
}
