import type { CueMatch } from "./cue-types.ts";
import { adjectiveFrame, modalFrame, optionFrame, timeFrame } from "./frames.ts";
import { isCapitalised, type TokenView } from "./view.ts";
import { nounCue, verbCue } from "./word-cues.ts";

export { type CueKind, type CueMatch, clauseStart } from "./cue-types.ts";

/**
 * Every stance cue in the sentence of tokens [from, to), in text order. At each token the frames
 * are tried from the most specific ("it is not time to", modals, "the best option is", "keen to")
 * to single words; a capitalised cue word inside a sentence is part of a name and is skipped.
 */
export function findCues(view: TokenView, from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = from; i < to; i++) {
    const frame =
      timeFrame(view, i) ??
      modalFrame(view, i, from) ??
      optionFrame(view, i) ??
      adjectiveFrame(view, i, from);
    if (frame) {
      out.push(frame);
      continue;
    }
    if (i > from && isCapitalised(view, i)) continue;
    const word = nounCue(view, i, from) ?? verbCue(view, i, from);
    if (word) out.push(word);
  }
  return out;
}
