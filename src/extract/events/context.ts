import type { TriggerMatch } from "./triggers.ts";
import type { TokenView } from "./view.ts";

/** What the argument finders know about one trigger's surroundings in its sentence. */
export interface TriggerContext {
  readonly v: TokenView;
  readonly m: TriggerMatch;
  /** Token range of the sentence, [start, end). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Token range of the trigger's clause segment, [start, end). */
  readonly segmentStart: number;
  readonly segmentEnd: number;
  /** Tokens of the other triggers in the sentence: arguments never run into them. */
  readonly blocked: ReadonlySet<number>;
  /** First token of the next trigger after this one in the sentence (or sentence end). */
  readonly nextTrigger: number;
}
