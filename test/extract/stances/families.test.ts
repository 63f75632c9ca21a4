import { describe, expect, it } from "vitest";
import { at, phraseOf, run } from "./build.ts";

describe("stances: more cue families", () => {
  const text =
    "The fishermen’s guild appealed to the council to reopen the northern port. " +
    "Velmora demanded an independent inquiry into the shelling. " +
    "The panel recommended extending the VSF mandate by a year. " +
    "The Northern League endorsed the peace plan. " +
    "Kessel opposes any extension of the curfew. " +
    "The governors resisted the transfer of the VSF to the capital. " +
    "The senate is in favour of new elections. " +
    "Dobrak said it is too early to lift the sanctions. " +
    "The Harbour Union is reluctant to send more police.";
  const { doc, stances } = run(text);
  const by = (cue: string) => stances.find((x) => at(doc, x.cue) === cue);
  const row = (cue: string) => {
    const s = by(cue);
    return s ? [s.holderName, s.polarity, phraseOf(doc, s)] : null;
  };

  it("reads appeal to X to VERB, demand, recommend and endorse as support", () => {
    expect(row("appealed to")).toEqual(["fishermen’s guild", "support", "reopen the northern port"]);
    expect(row("demanded")).toEqual(["Velmora", "support", "an independent inquiry into the shelling"]);
    expect(row("recommended")).toEqual(["panel", "support", "extending the VSF mandate by a year"]);
    expect(row("endorsed")).toEqual(["Northern League", "support", "the peace plan"]);
    expect(row("in favour of")).toEqual(["senate", "support", "new elections"]);
  });

  it("reads oppose, resist, 'too early to' and 'reluctant to' as opposition", () => {
    expect(row("opposes")).toEqual(["Kessel", "oppose", "any extension of the curfew"]);
    expect(row("resisted")).toEqual(["governors", "oppose", "the transfer of the VSF to the capital"]);
    expect(row("it is too early to")).toEqual(["Dobrak", "oppose", "lift the sanctions"]);
    expect(row("reluctant")).toEqual(["Harbour Union", "oppose", "send more police"]);
  });

  it("groups extending a mandate with keeping the force (keep ≈ extend)", () => {
    const more = run(
      "The panel recommended extending the VSF mandate. Kessel wants to maintain the VSF mandate.",
    );
    expect(new Set(more.stances.map((s) => s.proposal)).size).toBe(1);
  });

  it("states no position without a holder, for cue words used as nouns, or for an endorsed person", () => {
    const t =
      "The council should act now. " +
      "Officials did not respond to requests for comment. " +
      "The rebels backed away from the talks. " +
      "The senator supported her in the primary.";
    expect(run(t).stances).toEqual([]);
  });
});
