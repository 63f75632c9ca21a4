import type { Span } from "../../model/span.ts";
import type { Cue } from "./cues.ts";
import type { TokenRange } from "./speaker.ts";

/** A quote before entity linking and chain building: what the attribution rules found. */
export interface Draft {
  readonly content: Span;
  readonly direct: boolean;
  readonly cue: Cue | null;
  readonly speaker: TokenRange | null;
  /** Tokens of the sentence(s) the attribution was read from: where medium, recipient and hedges live. */
  readonly frame: TokenRange;
  /** The addressee the cue itself named ("told reporters"), if any. */
  readonly recipient: TokenRange | null;
  /** How the speaker was found: through a cue, or carried over from an earlier quote. */
  readonly via: "cue" | "inherited" | "none";
  /** Index of the draft the speaker was carried over from, for inherited speakers. */
  readonly from?: number;
  readonly single?: boolean;
  /** For quotation marks: the opening mark of the whole quotation (shared by its paragraphs). */
  readonly group?: number;
}
