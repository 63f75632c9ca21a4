import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Expression kinds from a recall check against HeidelTime's English rule kinds (issue #5). Our own sentences.
// Published Friday 2013-03-22.
const DCT = "2013-03-22";

/** Each found expression with its offset, checked against text.slice. */
function spans(text: string) {
  return found(text, DCT).map((t) => {
    const at = text.indexOf(t.text);
    expect(text.slice(at, at + t.text.length)).toBe(t.text);
    return { ...t, at };
  });
}

describe("HeidelTime kinds we missed or cut differently", () => {
  it("takes 'mid-May' like 'mid-June' (the modal 'may' check must not drop it)", () => {
    expect(spans("Repairs on the dam are due to finish in mid-May, officials said.")).toEqual([
      { text: "mid-May", type: "DATE", value: "2013-05", mod: "MID", at: 40 },
    ]);
  });

  it("keeps an approximation before a clock time in the extent, with APPROX", () => {
    expect(spans("The ferry left the harbour around 6 a.m. and docked at about 9:15 p.m.")).toEqual([
      { text: "around 6 a.m.", type: "TIME", value: "2013-03-22T06:00", mod: "APPROX", at: 27 },
      { text: "about 9:15 p.m.", type: "TIME", value: "2013-03-22T21:15", mod: "APPROX", at: 55 },
    ]);
    expect(spans("Polls close at 8 p.m.").map((t) => t.text)).toEqual(["8 p.m."]);
  });

  it("reads 'every/each' + month as a yearly set, but not a lower-case 'each march'", () => {
    expect(spans("Herders move their flocks to the hills each October.")).toEqual([
      { text: "each October", type: "SET", value: "XXXX-10", at: 39 },
    ]);
    expect(spans("Every Jan. the agency revises its forecast.")).toEqual([
      { text: "Every Jan.", type: "SET", value: "XXXX-01", at: 0 },
    ]);
    expect(spans("Each march drew thousands of farmers.")).toEqual([]);
  });

  it("reads a weekday with a plural part of the day as a weekly set", () => {
    expect(spans("The border post closes on Sunday evenings.")).toEqual([
      { text: "Sunday evenings", type: "SET", value: "XXXX-WXX-7TEV", at: 26 },
    ]);
    expect(spans("Volunteers patrol the park on Thursday and Friday nights.")).toEqual([
      { text: "Thursday", type: "SET", value: "XXXX-WXX-4TNI", at: 30 },
      { text: "Friday nights", type: "SET", value: "XXXX-WXX-5TNI", at: 43 },
    ]);
    expect(spans("The talks resumed Thursday night.")).toEqual([
      { text: "Thursday night", type: "TIME", value: "2013-03-21TNI", at: 18 },
    ]);
  });

  it("takes a year between 'the' and a quarter or half as one DATE", () => {
    expect(spans("The miner swung to a loss in the 2012 fourth quarter.")).toEqual([
      { text: "the 2012 fourth quarter", type: "DATE", value: "2012-Q4", at: 29 },
    ]);
    expect(spans("Margins improved in the 2011 second half.")).toEqual([
      { text: "the 2011 second half", type: "DATE", value: "2011-H2", at: 20 },
    ]);
    expect(spans("The 2012 fourth-quarter loss widened.")).toEqual([
      { text: "2012 fourth-quarter", type: "DATE", value: "2012-Q4", at: 4 },
    ]);
  });

  it("takes a decade word after 'the early/mid/late', but not an age", () => {
    expect(spans("The mill was built in the late fifties and closed in the mid-nineties.")).toEqual([
      { text: "the late fifties", type: "DATE", value: "195", mod: "END", at: 22 },
      { text: "the mid-nineties", type: "DATE", value: "199", mod: "MID", at: 53 },
    ]);
    expect(spans("The owner, in her late seventies, still works.")).toEqual([]);
  });
});
