import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Conventions checked against TimeBank-style extents (issue #5); see test/fixtures/time/news-dev/README.md.
// Published Wednesday 2013-10-16 unless a test says otherwise.
const DCT = "2013-10-16";

function spans(text: string) {
  return found(text, DCT).map((t) => ({ ...t, at: text.indexOf(t.text) }));
}

describe("'earlier' / 'later' before a day belong to the expression", () => {
  it("takes 'earlier' before a weekday and 'later' before a coming one, with the day's value and no mod", () => {
    const text = "Officials said earlier Monday that the bridge would reopen later Friday.";
    const got = spans(text);
    expect(got).toEqual([
      { text: "earlier Monday", type: "DATE", value: "2013-10-14", at: 15 },
      { text: "later Friday", type: "DATE", value: "2013-10-18", at: 59 },
    ]);
    expect(text.slice(15, 15 + "earlier Monday".length)).toBe("earlier Monday");
  });

  it("takes it before 'today' and before a part of today", () => {
    expect(found("The mayor resigned earlier today.", DCT)).toEqual([
      { text: "earlier today", type: "DATE", value: "2013-10-16" },
    ]);
    expect(found("The pump failed earlier this morning and crews will return later tonight.", DCT)).toEqual([
      { text: "earlier this morning", type: "TIME", value: "2013-10-16TMO" },
      { text: "later tonight", type: "TIME", value: "2013-10-16TNI" },
    ]);
  });

  it("does not take 'no later than' or a word ending in 'later', and keeps 'early' as START", () => {
    expect(found("Bids are due no later than Friday.", DCT).map((t) => t.text)).toEqual(["Friday"]);
    expect(found("Storms hit early Sunday.", DCT)).toEqual([
      { text: "early Sunday", type: "DATE", value: "2013-10-13", mod: "START" },
    ]);
  });
});

describe("fortnights and Ramadan", () => {
  it("reads a fortnight as two weeks, also after 'the past'", () => {
    const text = "The strike lasted a fortnight, and fares rose over the past fortnight.";
    const got = found(text, DCT);
    expect(got).toEqual([
      { text: "a fortnight", type: "DURATION", value: "P2W" },
      { text: "the past fortnight", type: "DURATION", value: "P2W" },
    ]);
    expect(text.slice(text.indexOf("the past"), text.indexOf("the past") + 18)).toBe("the past fortnight");
  });

  it("does not tag 'fortnightly' as a duration", () => {
    expect(found("Inspectors make fortnightly visits.", DCT).filter((t) => t.type === "DURATION")).toEqual(
      [],
    );
  });

  it("reads Ramadan as the year of the text, or the year written after it", () => {
    expect(found("Food prices climbed during Ramadan, traders said.", DCT)).toEqual([
      { text: "Ramadan", type: "DATE", value: "2013" },
    ]);
    expect(found("Ramadan 2010 fell in a heatwave.", DCT)).toEqual([
      { text: "Ramadan 2010", type: "DATE", value: "2010" },
    ]);
    expect(found("Operation Ramadan was launched at dawn.", DCT).map((t) => t.text)).not.toContain("Ramadan");
  });
});

describe("conventions that already agree with TimeBank-style taggers", () => {
  it("tags the two ends of a range separately", () => {
    expect(found("The fair runs Feb. 11-15; prices fell from 2010 to 2012 and in 1994-95.", DCT)).toEqual([
      { text: "Feb. 11", type: "DATE", value: "2013-02-11" },
      { text: "15", type: "DATE", value: "2013-02-15" },
      { text: "2010", type: "DATE", value: "2010" },
      { text: "2012", type: "DATE", value: "2012" },
      { text: "1994", type: "DATE", value: "1994" },
      { text: "95", type: "DATE", value: "1995" },
    ]);
  });

  it("keeps 'fiscal' in a fiscal year, and a year-ago quarter is the quarter named minus a year", () => {
    expect(found("Sales grew in fiscal 2012.", DCT)).toEqual([
      { text: "fiscal 2012", type: "DATE", value: "2012" },
    ]);
    expect(found("Profit rose in the third quarter from the year-ago quarter.", DCT)).toEqual([
      { text: "the third quarter", type: "DATE", value: "2013-Q3" },
      { text: "the year-ago quarter", type: "DATE", value: "2012-Q3" },
    ]);
  });

  it("keeps a time zone in a clock time and leaves a possessive's 's' out", () => {
    expect(found("Polls close at 8 p.m. ET before Tuesday's count.", DCT).map((t) => t.text)).toEqual([
      "8 p.m. ET",
      "Tuesday",
    ]);
  });
});
