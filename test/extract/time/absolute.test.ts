import { describe, expect, it } from "vitest";
import { found, valueFor } from "./run-tagger.ts";

describe("absolute dates", () => {
  it("reads month-day-year, day-month-year, month-year and ISO dates", () => {
    const text =
      "The dam burst on March 3, 2019, was repaired by 14 November 2020, inspected in May 2021 and reopened 2022-01-15.";
    expect(found(text)).toEqual([
      { text: "March 3, 2019", type: "DATE", value: "2019-03-03" },
      { text: "14 November 2020", type: "DATE", value: "2020-11-14" },
      { text: "May 2021", type: "DATE", value: "2021-05" },
      { text: "2022-01-15", type: "DATE", value: "2022-01-15" },
    ]);
  });

  it("keeps a weekday written with a full date in one expression", () => {
    expect(found("Voting closed on Tuesday, April 9, 2024.")).toEqual([
      { text: "Tuesday, April 9, 2024", type: "DATE", value: "2024-04-09" },
    ]);
  });

  it("tags bare years but not counts, money or thousands", () => {
    const text =
      "In 2019 the valley held 2000 families; by 2023 the fund had $2021 left and 5,600 people had moved.";
    expect(found(text).map((t) => t.text)).toEqual(["2019", "2023"]);
  });

  it("splits year ranges into one expression per end", () => {
    expect(found("The drought of 2009-2010 and the floods of 1998–99 were severe.")).toEqual([
      { text: "2009", type: "DATE", value: "2009" },
      { text: "2010", type: "DATE", value: "2010" },
      { text: "1998", type: "DATE", value: "1998" },
      { text: "99", type: "DATE", value: "1999" },
    ]);
  });

  it("normalises decades, centuries, seasons, quarters and BC years", () => {
    const text =
      "Farms grew in the 1990s, declined in the 19th century, flooded in summer 2010, lost money in the third quarter of 2012 and were founded in 480 BC.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["the 1990s", "199"],
      ["the 19th century", "18"],
      ["summer 2010", "2010-SU"],
      ["the third quarter of 2012", "2012-Q3"],
      ["480 BC", "BC0480"],
    ]);
  });

  it("reads halves of a year and a season written after its year", () => {
    expect(
      found("Output fell in the latter half of 2008 and again in the 2009 summer.").map((t) => [
        t.text,
        t.value,
      ]),
    ).toEqual([
      ["the latter half of 2008", "2008-H2"],
      ["2009 summer", "2009-SU"],
    ]);
  });

  it("ignores dates inside URLs and plain numbers", () => {
    const text =
      "Photo: https://example.org/news/2022/11/04/flood-relief/ shows 2,500 volunteers and 3.5 tonnes.";
    expect(found(text)).toEqual([]);
  });

  it("does not read the modal verb or marches as months", () => {
    expect(found("Aid may arrive soon. The Salt March to the coast went ahead.", "2025-02-26")).toEqual([]);
    expect(valueFor("Aid arrived in May.", "May")).toBe("2024-05");
  });

  it("sets mod for early, mid and late, and for the end of a period", () => {
    const text = "Talks began in early 2011, paused in mid-June 2012 and ended at the end of 2013.";
    expect(found(text)).toEqual([
      { text: "early 2011", type: "DATE", value: "2011", mod: "START" },
      { text: "mid-June 2012", type: "DATE", value: "2012-06", mod: "MID" },
      { text: "the end of 2013", type: "DATE", value: "2013", mod: "END" },
    ]);
  });
});
