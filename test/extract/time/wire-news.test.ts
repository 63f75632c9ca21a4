import { describe, expect, it } from "vitest";
import { found, valueFor } from "./run-tagger.ts";

const pairs = (text: string, published?: string) =>
  found(text, published).map((t) => [t.text, t.value, ...(t.mod ? [t.mod] : [])]);

describe("wire news: which year a bare month or season takes", () => {
  it("does not let a year after 'since' anchor the months that follow", () => {
    const text = "Exports hit their highest since May 2008. April's figure was revised up.";
    expect(valueFor(text, "April", "2014-05-20")).toBe("2014-04");
  });

  it("reads 'expects' and a modal as looking ahead", () => {
    expect(valueFor("Analysts expect a cut in the spring.", "the spring", "2019-01-15")).toBe("2019-SP");
    expect(valueFor("The strike could last until June, unions warned.", "June", "2019-03-15")).toBe(
      "2019-06",
    );
  });

  it("puts a scheduled month a few months ahead in a present-tense sentence", () => {
    expect(valueFor("The new assembly sits for the first time in February.", "February", "2018-11-20")).toBe(
      "2019-02",
    );
    expect(
      valueFor("The committee, which cut rates twice last year, meets again in May.", "May", "2021-04-02"),
    ).toBe("2021-05");
  });

  it("keeps a month in a future clause out of a past year written before it", () => {
    const text = "The dispute started in 2015, and the court will rule in March.";
    expect(valueFor(text, "March", "2020-01-10")).toBe("2020-03");
  });

  it("reads the tense of 'will remain closed', not of the participle", () => {
    expect(valueFor("The border will remain closed until October.", "October", "2020-05-04")).toBe("2020-10");
  });

  it("names a winter in news by the year it begins", () => {
    expect(valueFor("Gas prices are expected to peak in the winter.", "the winter", "2021-10-01")).toBe(
      "2021-WI",
    );
  });
});

describe("wire news: tense of irregular verbs and seasons told from the story", () => {
  it("reads 'cut' as past, but not after 'will'", () => {
    const text = "The lender cut its rate on Monday. Its rival will cut on Monday.";
    expect(pairs(text, "2013-05-08")).toEqual([
      ["Monday", "2013-05-06"],
      ["Monday", "2013-05-13"],
    ]);
  });

  it("counts 'that same spring' from the last date mentioned", () => {
    expect(
      pairs("The port fell in April 1975, and that same spring the garrison left.", "2009-12-20"),
    ).toEqual([
      ["April 1975", "1975-04"],
      ["that same spring", "1975-SP"],
    ]);
  });
});

describe("wire news: holidays and parts of the day", () => {
  it("computes movable feasts for the year", () => {
    const text = "Traffic was heavy on Good Friday and Easter Monday, and shops closed over Easter.";
    expect(pairs(text, "2024-04-05")).toEqual([
      ["Good Friday", "2024-03-29"],
      ["Easter Monday", "2024-04-01"],
      ["Easter", "2024-03-31"],
    ]);
    expect(pairs("Retailers expect record sales over Thanksgiving.", "2018-10-30")).toEqual([
      ["Thanksgiving", "2018-11-22"],
    ]);
    expect(pairs("Turnout on Election Day was the highest in decades.", "2016-11-10")).toEqual([
      ["Election Day", "2016-11-08"],
      ["decades", "PXDE"],
    ]);
  });

  it("leaves a name that starts with Easter alone", () => {
    expect(found("The ship reached Easter Island.", "2016-11-10")).toEqual([]);
  });

  it("tags dawn and 'into the night' on the day of the sentence", () => {
    expect(pairs("Shelling resumed at dawn on Sunday and went on into the night.", "2022-06-14")).toEqual([
      ["dawn", "2022-06-12TMO"],
      ["Sunday", "2022-06-12"],
      ["the night", "2022-06-12TNI"],
    ]);
  });

  it("keeps a day after 'on' out of a clock time's extent but gives the time its day", () => {
    expect(found("The vote closes at 5 p.m. ET on Friday.", "2022-06-14")).toEqual([
      { text: "5 p.m. ET", type: "TIME", value: "2022-06-17T17:00" },
      { text: "Friday", type: "DATE", value: "2022-06-17" },
    ]);
  });

  it("reads 'at the moment' as the present, not 'the moment of'", () => {
    expect(pairs("Stocks are scarce at the moment.", "2022-06-14")).toEqual([["the moment", "PRESENT_REF"]]);
    expect(found("At the moment of the blast, the hall was empty.", "2022-06-14")).toEqual([]);
  });
});

describe("wire news: periods named by reference", () => {
  it("counts the latest, previous and year-earlier quarters from the one last named", () => {
    const text =
      "Profit in the third quarter fell from the year-earlier period. In the latest quarter, sales rose 4% from a year earlier and 1% from the previous quarter.";
    expect(pairs(text, "2019-10-24")).toEqual([
      ["the third quarter", "2019-Q3"],
      ["the year-earlier period", "2018-Q3"],
      ["the latest quarter", "2019-Q3"],
      ["a year earlier", "2018-Q3"],
      ["the previous quarter", "2019-Q2"],
    ]);
  });

  it("reads 'the same period last year', 'in the month' and 'the full year'", () => {
    const text =
      "Orders rose 3% in June from the same period last year. Exports fell in the month. For the full year, output grew.";
    expect(pairs(text, "2021-07-15")).toEqual([
      ["June", "2021-06"],
      ["the same period last year", "2020-06"],
      ["the month", "2021-06"],
      ["the full year", "2021"],
    ]);
  });

  it("names quarters and halves by their months", () => {
    const text = "Spending rose in the July-September period but fell in the first six months of the year.";
    expect(pairs(text, "2017-11-02")).toEqual([
      ["the July-September period", "2017-Q3"],
      ["the first six months of the year", "2017-H1"],
    ]);
  });

  it("reads 'the new year' by the time of year, and the end of a decade or century", () => {
    expect(pairs("Talks will resume in the new year.", "2016-12-05")).toEqual([["the new year", "2017"]]);
    expect(pairs("Coal plants will close by the end of the decade.", "2016-12-05")).toEqual([
      ["the end of the decade", "201", "END"],
    ]);
  });
});

describe("wire news: durations and sets", () => {
  it("takes an adjective of vague length without the article of its noun", () => {
    expect(pairs("The years-long feud ended.", "2016-12-05")).toEqual([["years-long", "PXY"]]);
  });

  it("reads 'months of talks' after a verb or preposition of time, not 'years of age'", () => {
    expect(pairs("After months of talks, the union has faced weeks of strikes.", "2016-12-05")).toEqual([
      ["months", "PXM"],
      ["weeks", "PXW"],
    ]);
    expect(pairs("The driver is 30 years of age.", "2016-12-05")).toEqual([["30 years", "P30Y"]]);
  });

  it("does not read 'a day care center' as a duration; reads an annual rate as a set", () => {
    expect(found("She runs a day care center.", "2016-12-05")).toEqual([]);
    expect(found("Starts rose to an annual rate of 1.2 million.", "2016-12-05")).toEqual([
      { text: "annual", type: "SET", value: "P1Y" },
    ]);
  });
});
