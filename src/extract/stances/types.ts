import type { Proposal, Stance } from "../../model/layers.ts";
import type { Span } from "../../model/span.ts";
import type { HolderVia } from "./holder.ts";

/**
 * A proposal occurrence: one phrase in the text. Paraphrases share `id`; `label` is the group's.
 * Extra fields beyond the model's `Proposal` are proposed for src/model/layers.ts.
 */
export interface ProposalRecord extends Proposal {
  /** Action classes of the phrase ("transform", "keep", "fund" …), empty when none is known. */
  readonly action: readonly string[];
  /** True when the phrase refers back to an earlier proposal ("such a transition"). */
  readonly anaphor: boolean;
}

/** A stance, with the model's fields plus those proposed for src/model/layers.ts. */
export interface StanceRecord extends Stance {
  /** The holder's readable name: its entity's name, or the words it was read from. */
  readonly holderName: string | null;
  /** The mention the holder was read from (may be a pronoun or a possessor). */
  readonly holderSpan: Span | null;
  readonly holderVia: HolderVia;
  /** The cue words ("calling on", "it wasn’t time to", "could be considered"). */
  readonly cue: Span;
  /** The proposal occurrence this stance is about (one of the group's `proposals` entries). */
  readonly proposalSpan: Span;
  /** Index into the `times` layer of the stance's date, or null. */
  readonly time: number | null;
  /** TIMEX3 value of the linked time, else the publication date, else null. */
  readonly date: string | null;
}
