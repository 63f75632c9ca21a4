import { describe, expect, it } from "vitest";
import { tagDoc } from "./run-tagger.ts";

// Further expression kinds from the check against HeidelTime's English rule kinds (issue #5), all cut and
// valued as TimeBank-style output does. Invented sentences. Published Friday 2013-03-22.
const DCT = "2013-03-22";

/** Each expression as the slice of the text its offsets give, with its attributes. */
function spans(text: string) {
  return tagDoc(text, DCT)
    .get("times")
    .map((t) => ({
      text: text.slice(t.start, t.end),
      start: t.start,
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
    }));
}

describe("two days of one month with 'and' and a year", () => {
  it("gives 'Jan 4' and '9, 2011' the written year", () => {
    const text = "Inspectors visited the mill on Jan. 4 and 9, 2011, before it shut.";
    expect(spans(text)).toEqual([
      { text: "Jan. 4", start: 31, type: "DATE", value: "2011-01-04" },
      { text: "9, 2011", start: 42, type: "DATE", value: "2011-01-09" },
    ]);
  });

  it("needs the year: 'June 2 and 5 others' is not a second date", () => {
    const text = "The ferry sank on June 2 and 5 others were rescued.";
    expect(spans(text).map((t) => t.text)).toEqual(["June 2"]);
  });
});

describe("noon or midnight with the day after it", () => {
  it("takes 'midnight Saturday' as one TIME on that day", () => {
    const text = "The ceasefire will expire at midnight Saturday, the envoy said.";
    expect(spans(text)).toEqual([
      { text: "midnight Saturday", start: 29, type: "TIME", value: "2013-03-23T24:00" },
    ]);
  });

  it("takes 'noon Monday' as one TIME", () => {
    const text = "Bids are due by noon Monday.";
    expect(spans(text)).toEqual([
      { text: "noon Monday", start: 16, type: "TIME", value: "2013-03-25T12:00" },
    ]);
  });

  it("takes 'midnight tonight' as one TIME on the day of publication", () => {
    const text = "The new tariffs apply from midnight tonight.";
    expect(spans(text)).toEqual([
      { text: "midnight tonight", start: 27, type: "TIME", value: "2013-03-22T24:00" },
    ]);
  });

  it("leaves 'noon today' as two expressions", () => {
    const text = "The strike ended at noon today.";
    expect(spans(text).map((t) => t.text)).toEqual(["noon", "today"]);
  });
});

describe("'the middle of' a month", () => {
  it("keeps 'the' in the extent, as 'the end of' does", () => {
    const text = "The harvest was delayed until the middle of October.";
    expect(spans(text)).toEqual([
      { text: "the middle of October", start: 30, type: "DATE", value: "2012-10", mod: "MID" },
    ]);
  });

  it("still leaves 'the' out before 'mid-' with a bare month", () => {
    const text = "The mid-October poll showed a tie.";
    expect(spans(text).map((t) => t.text)).toEqual(["mid-October"]);
  });
});

describe("the year-ago part of a year", () => {
  it("values 'the year-ago third quarter' a year before the quarter last named", () => {
    const text = "Output in the third quarter of 2011 fell short of the year-ago third quarter.";
    expect(spans(text)).toEqual([
      { text: "the third quarter of 2011", start: 10, type: "DATE", value: "2011-Q3" },
      { text: "the year-ago third quarter", start: 50, type: "DATE", value: "2010-Q3" },
    ]);
  });

  it("takes the part written, the year from the last period named: 'the year-earlier second half'", () => {
    const text = "Margins in 2011 were wider than in the year-earlier second half.";
    expect(spans(text)).toEqual([
      { text: "2011", start: 11, type: "DATE", value: "2011" },
      { text: "the year-earlier second half", start: 35, type: "DATE", value: "2010-H2" },
    ]);
  });

  it("counts from publication when no period was named", () => {
    const text = "Profit beat the year-ago fourth quarter.";
    expect(spans(text)).toEqual([
      { text: "the year-ago fourth quarter", start: 12, type: "DATE", value: "2012-Q4" },
    ]);
  });
});

describe("a bare clock time with the weekday after it", () => {
  it("takes 'at 9:45 Tuesday' as one TIME, like '10 a.m. Thursday'", () => {
    const text = "The court will sit at 9:45 Tuesday.";
    expect(spans(text)).toEqual([
      { text: "9:45 Tuesday", start: 22, type: "TIME", value: "2013-03-26T09:45" },
    ]);
  });

  it("takes '17:15 Wednesday' without a preposition", () => {
    const text = "The train left 17:15 Wednesday, the operator said.";
    expect(spans(text)).toEqual([
      { text: "17:15 Wednesday", start: 15, type: "TIME", value: "2013-03-20T17:15" },
    ]);
  });

  it("keeps a bare 'at 9:45' alone", () => {
    const text = "The court sat at 9:45.";
    expect(spans(text).map((t) => t.text)).toEqual(["9:45"]);
  });
});
