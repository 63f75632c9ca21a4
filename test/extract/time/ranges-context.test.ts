import { describe, expect, it } from "vitest";
import { found, valueFor } from "./run-tagger.ts";

describe("ranges", () => {
  it("tags each end of a day range, sharing the month and year written once", () => {
    expect(
      found("Talks ran 23-28 March 2021 and again March 3-5, 2022.").map((t) => [t.text, t.value]),
    ).toEqual([
      ["23", "2021-03-23"],
      ["28 March 2021", "2021-03-28"],
      ["March 3", "2022-03-03"],
      ["5, 2022", "2022-03-05"],
    ]);
  });

  it("tags both years of 'from … to …' and 'between … and …'", () => {
    const text = "Prices doubled from 2015 to 2018 and between 2019 and 2020.";
    expect(found(text).map((t) => t.value)).toEqual(["2015", "2018", "2019", "2020"]);
  });
});

describe("context decides", () => {
  it("uses the clause's tense, not only the sentence's", () => {
    const text = "The firm unveiled a new pump, which goes on sale in April.";
    expect(valueFor(text, "April", "2025-02-26")).toBe("2025-04");
  });

  it("reads 'the weekend' as the weekend just past in a past sentence", () => {
    expect(valueFor("Clashes erupted over the weekend.", "the weekend")).toBe("2025-W08-WE");
  });

  it("reads military clock times as times, not years", () => {
    expect(found("The curfew began at 1800 GMT.")).toEqual([
      { text: "1800 GMT", type: "TIME", value: "2025-02-26T18:00" },
    ]);
  });

  it("treats a round number before a plural noun as a count, other years as years", () => {
    expect(found("Some 1500 troops fought in the 1811 campaigns.").map((t) => t.text)).toEqual(["1811"]);
  });

  it("keeps the determiner out of adjectival durations", () => {
    expect(found("The 46-day strike ended.").map((t) => t.text)).toEqual(["46-day"]);
  });
});
