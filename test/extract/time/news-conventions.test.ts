import { describe, expect, it } from "vitest";
import { found, valueFor } from "./run-tagger.ts";

// Published Wednesday 2025-02-26 unless a test says otherwise.
describe("news: the verb nearest an expression sets its tense", () => {
  it("reads the verb before a weekday, not a later 'plan to'", () => {
    const text = "Thousands marched through the capital on Thursday against a plan to raise taxes.";
    expect(valueFor(text, "Thursday")).toBe("2025-02-20");
  });

  it("reads 'would' in reported speech as future", () => {
    const text = "Forecasters said the rain would ease by Friday afternoon.";
    expect(found(text)).toEqual([{ text: "Friday afternoon", type: "TIME", value: "2025-02-28TAF" }]);
  });

  it("reads 'is expected' and 'will be held' as future, not as past participles", () => {
    expect(found("Results are expected early Monday.")).toEqual([
      { text: "early Monday", type: "DATE", value: "2025-03-03", mod: "START" },
    ]);
    expect(valueFor("A new vote will be held on Tuesday.", "Tuesday")).toBe("2025-03-04");
  });

  it("places a weekday in a present-tense sentence ahead, and one after 'since' behind", () => {
    expect(valueFor("Voters go to the polls on Sunday in the first election since 2018.", "Sunday")).toBe(
      "2025-03-02",
    );
    expect(valueFor("Floods have killed 41 people since Friday.", "Friday")).toBe("2025-02-21");
  });

  it("takes a month after 'planned for' as a date, even when 'may' follows", () => {
    expect(found("Exams planned for May may be postponed.")).toEqual([
      { text: "May", type: "DATE", value: "2025-05" },
    ]);
  });
});

describe("news: quarters and halves of a year", () => {
  it("puts a quarter that has begun in this year in a past sentence, one not yet ended in a future one", () => {
    expect(valueFor("Growth slowed in the third quarter.", "the third quarter", "2017-09-21")).toBe(
      "2017-Q3",
    );
    const text = "The agency will publish its estimate for the third quarter on October 27.";
    expect(found(text, "2017-09-21").map((t) => [t.text, t.value])).toEqual([
      ["the third quarter", "2017-Q3"],
      ["October 27", "2017-10-27"],
    ]);
  });

  it("reads 'of the year' in news as the publication year", () => {
    const text = "The government expects trade to recover in the second half of the year.";
    expect(valueFor(text, "the second half of the year", "2024-02-20")).toBe("2024-H2");
  });

  it("leaves a determiner of the noun out of an adjectival quarter", () => {
    const text =
      "The company said its first-quarter profit rose; the third-quarter results are due in the fourth quarter.";
    expect(found(text, "2016-04-20").map((t) => [t.text, t.value])).toEqual([
      ["first-quarter", "2016-Q1"],
      ["third-quarter", "2016-Q3"],
      ["the fourth quarter", "2016-Q4"],
    ]);
  });
});

describe("news: durations and ranges", () => {
  it("reads 'consecutive' and 'more' between a count and its unit", () => {
    const text = "Exports have fallen for five consecutive months and may fall for several more weeks.";
    expect(found(text).map((t) => [t.text, t.type, t.value])).toEqual([
      ["five consecutive months", "DURATION", "P5M"],
      ["several more weeks", "DURATION", "PXW"],
    ]);
  });

  it("keeps a range's end in the year of its start when it comes later in that year", () => {
    const text = "The tournament will move from June to September next year.";
    expect(found(text, "2014-07-16").map((t) => [t.text, t.value])).toEqual([
      ["June", "2015-06"],
      ["September", "2015-09"],
      ["next year", "2015"],
    ]);
  });
});

describe("news: clock times", () => {
  it("puts a clock time on the day written right after it", () => {
    const text = "The quake struck at 3:40 a.m. last Saturday.";
    expect(found(text, "2024-10-17").map((t) => [t.text, t.type, t.value])).toEqual([
      ["3:40 a.m.", "TIME", "2024-10-12T03:40"],
      ["last Saturday", "DATE", "2024-10-12"],
    ]);
  });
});
