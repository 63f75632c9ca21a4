import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

/**
 * Patterns frequent in real wire copy (found by running the tagger over unannotated news): newspaper names,
 * months naming an event, bare plural units with "ago"/"later"/"before", "March last year", telephone numbers.
 * The sentences are invented.
 */
const pairs = (text: string, published?: string) =>
  found(text, published).map((t) => [t.text, t.type, t.value]);

describe("real news: names that look like sets", () => {
  it("does not tag 'Daily' or 'Weekly' in a publication's name", () => {
    expect(pairs("The Harbour Daily News said the plan failed, the Valley Weekly Standard agreed.")).toEqual(
      [],
    );
    expect(pairs("Sales figures were first reported by Daily Ledger, the paper said.")).toEqual([]);
    expect(pairs("The afternoon daily Le Courrier said so; the Socialist daily said the same.")).toEqual([]);
  });

  it("keeps 'daily' as a set elsewhere", () => {
    expect(pairs("Daily volume fell. Flights run daily, and initial daily reports were calm.")).toEqual([
      ["Daily", "SET", "P1D"],
      ["daily", "SET", "P1D"],
      ["daily", "SET", "P1D"],
    ]);
  });
});

describe("real news: a month naming an event", () => {
  it("tags the month in 'the October report', 'the November election', 'its September meeting'", () => {
    const text = "The October report beat forecasts. At its September meeting, the board raised rates.";
    expect(pairs(text, "2015-11-09")).toEqual([
      ["October", "DATE", "2015-10"],
      ["September", "DATE", "2015-09"],
    ]);
    expect(pairs("Polls favour him ahead of the November election.", "2016-07-25")).toEqual([
      ["November", "DATE", "2016-11"],
    ]);
  });

  it("still leaves marches and 'the May' alone", () => {
    expect(pairs("Thousands joined the March to the Sea and the March of Hope.")).toEqual([]);
    expect(pairs("Critics of the May government spoke.")).toEqual([]);
  });
});

describe("real news: a bare plural unit as an offset", () => {
  it("tags 'weeks ago', 'hours later', 'months earlier' as vague dates", () => {
    const text = "He said so weeks ago. Hours later, she replied. The deal was agreed months earlier.";
    expect(pairs(text, "2016-03-10")).toEqual([
      ["weeks ago", "DATE", "PAST_REF"],
      ["Hours later", "DATE", "FUTURE_REF"],
      ["months earlier", "DATE", "PAST_REF"],
    ]);
  });

  it("tags the unit alone before an event: 'just days before the vote', 'hours after the attack'", () => {
    const text =
      "The ad ran just days before the vote, hours after the attack. Minutes after he left, it rained.";
    expect(pairs(text, "2016-03-10")).toEqual([
      ["days", "DURATION", "PXD"],
      ["hours", "DURATION", "PTXH"],
      ["Minutes", "DURATION", "PTXM"],
    ]);
  });

  it("leaves 'all these years later' and 'years of age' alone", () => {
    expect(pairs("All these years later, we remain. He spent years of his life there.")).toEqual([]);
  });
});

describe("real news: a month in a year counted from publication", () => {
  it("joins 'March last year' and 'May 30 next year' into one date", () => {
    const text = "He was arrested in March last year. Elections are set for May 30 next year.";
    const got = found(text, "1996-08-22");
    expect(got.map((t) => [t.text, t.value])).toEqual([
      ["March last year", "1995-03"],
      ["May 30 next year", "1997-05-30"],
    ]);
    expect(text.slice(text.indexOf("March"), text.indexOf("March") + 15)).toBe("March last year");
  });

  it("keeps the ends of a range apart: 'from June to September next year'", () => {
    expect(pairs("The show moves from June to September next year.", "2014-07-16").map((p) => p[0])).toEqual([
      "June",
      "September",
      "next year",
    ]);
  });
});

describe("real news: numbers and offsets that are not times", () => {
  it("does not read the last group of a telephone number as a year", () => {
    expect(
      pairs("-- Chicago newsdesk, 312-408-1800. New York, (212) 859-1610; Sydney 61-2 9373-1800"),
    ).toEqual([]);
    expect(pairs("Output grew in 1991-1992.").map((p) => p[2])).toEqual(["1991", "1992"]);
  });

  it("reads 'a year after' after a dateline and 'a year-earlier' as no rate", () => {
    const text = "SEATTLE 1996-08-22 A year after its launch, profit fell from a year-earlier 41.4 million.";
    expect(pairs(text, "1996-08-22")).toEqual([
      ["1996-08-22", "DATE", "1996-08-22"],
      ["A year", "DURATION", "P1Y"],
      ["year-earlier", "DATE", "1995"],
    ]);
    expect(pairs("It costs $5 million a year.")).toEqual([["a year", "SET", "P1Y"]]);
  });

  it("gives 'the following year' after a month the precision of a year", () => {
    const text = "He was charged in February 2012. He was acquitted the following year.";
    expect(pairs(text, "2016-05-12")).toEqual([
      ["February 2012", "DATE", "2012-02"],
      ["the following year", "DATE", "2013"],
    ]);
  });
});
