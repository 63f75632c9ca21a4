import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Published Wednesday 2025-02-26. Extent rules from the development sets' remaining boundary errors (WikiWars,
// news-dev); the sentences are invented.
describe("extents of spans, comparisons and rates", () => {
  it("keeps a bare 'over' as a preposition after a verb or noun, as a modifier after 'for' or 'took'", () => {
    const text =
      "The cuts will be phased in over five years. Police can hold suspects over 48 hours. The siege lasted for over a year, and the count took over a month.";
    const got = found(text);
    expect(got.map((t) => [t.text, t.value, t.mod])).toEqual([
      ["five years", "P5Y", undefined],
      ["48 hours", "PT48H", undefined],
      ["over a year", "P1Y", "MORE_THAN"],
      ["over a month", "P1M", "MORE_THAN"],
    ]);
    for (const t of got) expect(text.includes(t.text)).toBe(true);
  });

  it("keeps 'in over' a modifier when 'in' is a preposition", () => {
    expect(found("Turnout was the lowest in over a decade.")).toEqual([
      { text: "over a decade", type: "DURATION", value: "P10Y", mod: "MORE_THAN" },
    ]);
  });

  it("takes 'the week ended' / 'the week to' a day as one DATE, the ISO week holding that day", () => {
    const text =
      "Jobless claims fell in the week ended Feb. 15, and stocks of crude rose in the week to Feb. 21 after the week ending January 10.";
    expect(found(text)).toEqual([
      { text: "the week ended Feb. 15", type: "DATE", value: "2025-W07" },
      { text: "the week to Feb. 21", type: "DATE", value: "2025-W08" },
      { text: "the week ending January 10", type: "DATE", value: "2025-W02" },
    ]);
  });

  it("reads 'two months earlier than planned' as a gap, a DURATION, not a date", () => {
    const text =
      "The plant will close two months earlier than planned, and the vote came a week later than expected.";
    expect(found(text)).toEqual([
      { text: "two months", type: "DURATION", value: "P2M" },
      { text: "a week", type: "DURATION", value: "P1W" },
    ]);
  });

  it("reads 'a week' after a count in words and its noun as a rate (SET)", () => {
    const text = "The airline flies four flights a week to the coast and serves two meals a day.";
    expect(found(text)).toEqual([
      { text: "a week", type: "SET", value: "P1W" },
      { text: "a day", type: "SET", value: "P1D" },
    ]);
  });

  it("tags both ends of a day range written in words: 'between 15 and 20 January', 'March 4 to 6'", () => {
    const text =
      "The survey ran between 15 and 20 January and again from 3 to 5 February. Voting is set for March 4 to 6, and May 3 and 7 others stayed home.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["15", "2025-01-15"],
      ["20 January", "2025-01-20"],
      ["3", "2025-02-03"],
      ["5 February", "2025-02-05"],
      ["March 4", "2025-03-04"],
      ["6", "2025-03-06"],
      ["May 3", "2025-05-03"],
    ]);
  });
});

describe("tense after 'after' and 'since'", () => {
  it("reads a weekday after 'after breaking' as past, even under a future main verb", () => {
    expect(found("Stennes will miss six weeks after breaking his hand in practice Wednesday.")).toEqual([
      { text: "six weeks", type: "DURATION", value: "P6W" },
      { text: "Wednesday", type: "DATE", value: "2025-02-26" },
    ]);
    expect(found("He will play again after resting on Friday.").at(-1)?.value).toBe("2025-02-21");
  });
});
