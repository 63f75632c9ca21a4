import { describe, expect, it } from "vitest";
import { at, phraseOf, run } from "./build.ts";

describe("stances: conditions and 'not now'", () => {
  it("reads 'could be considered once …' as conditional, with the condition's span", () => {
    const t =
      "The Coastal Relief Alliance called on the council to take over the VSF mission. " +
      "Ambassador Pell Orsen wrote, “Such a transition could be considered, once the ceasefire has held for six months.”";
    const r = run(t);
    const s = r.stances.find((x) => at(r.doc, x.cue) === "could be considered");
    expect([s?.polarity, s?.holderName, phraseOf(r.doc, s)]).toEqual([
      "conditional",
      "Ambassador Pell Orsen",
      "Such a transition",
    ]);
    expect(at(r.doc, s?.condition)).toBe("once the ceasefire has held for six months");
    // The anaphor joins the proposal it refers to.
    expect(s?.proposal).toBe(r.stances.find((x) => at(r.doc, x.cue) === "called on")?.proposal);
    expect(r.proposals.find((p) => r.doc.slice(p) === "Such a transition")?.anaphor).toBe(true);
  });

  it("reads 'provided …', 'if …' (before the cue) and 'unless …' conditions", () => {
    const t =
      "The senate would support sending troops, provided they answer to a civilian command. " +
      "If the talks fail, Kessel will back new sanctions on the junta. " +
      "The Harbour Union rejected a curfew unless the governor lifts the port blockade.";
    const r = run(t);
    const by = (cue: string) => r.stances.find((x) => at(r.doc, x.cue) === cue);
    expect([by("support")?.polarity, at(r.doc, by("support")?.condition)]).toEqual([
      "conditional",
      "provided they answer to a civilian command",
    ]);
    expect(phraseOf(r.doc, by("support"))).toBe("sending troops");
    expect([by("back")?.polarity, at(r.doc, by("back")?.condition), by("back")?.holderName]).toEqual([
      "conditional",
      "If the talks fail",
      "Kessel",
    ]);
    expect([
      by("rejected")?.polarity,
      at(r.doc, by("rejected")?.condition),
      phraseOf(r.doc, by("rejected")),
    ]).toEqual(["conditional", "unless the governor lifts the port blockade", "a curfew"]);
  });

  it("does not read 'even if' or 'asked if' as conditions", () => {
    const t =
      "Kessel backed new sanctions even if the junta negotiates. Dobrak asked if the council would support a truce.";
    const r = run(t);
    expect(r.stances.find((x) => at(r.doc, x.cue) === "backed")?.polarity).toBe("support");
    expect(r.stances.every((x) => x.condition === null)).toBe(true);
  });

  it("reads 'it wasn’t time to' in reported speech as opposition held by the reporting verb's subject", () => {
    const t =
      "A day later, Minister Irena Dobrak reportedly wrote the council that it wasn’t time to take such action.";
    const r = run(t);
    expect(r.stances).toHaveLength(1);
    const s = r.stances[0];
    expect([s?.polarity, s?.holderName, s?.holderVia, at(r.doc, s?.cue)]).toEqual([
      "oppose",
      "Minister Irena Dobrak",
      "speech",
      "it wasn’t time to",
    ]);
    expect(phraseOf(r.doc, s)).toBe("take such action");
  });
});
