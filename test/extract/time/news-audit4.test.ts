import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Published Wednesday 2025-02-26. Patterns from a fourth audit on real news (event and crime reports, politics);
// the sentences are invented.
describe("recall and extents found on real event news", () => {
  it("takes the part of the day after a clock time and its weekday into one TIME", () => {
    const text =
      "Firefighters were called at about 9:40 p.m. Friday night. The driver was found at 3:15 a.m. Sunday morning, and a witness left at 11 p.m. Monday.";
    const got = found(text);
    expect(got).toEqual([
      { text: "about 9:40 p.m. Friday night", type: "TIME", value: "2025-02-21T21:40", mod: "APPROX" },
      { text: "3:15 a.m. Sunday morning", type: "TIME", value: "2025-02-23T03:15" },
      { text: "11 p.m. Monday", type: "TIME", value: "2025-02-24T23:00" },
    ]);
    for (const t of got) expect(text.includes(t.text)).toBe(true);
  });

  it("tags 'coming weeks' without an article, as 'the coming weeks'", () => {
    expect(
      found("The bank is expected to cut rates in coming weeks, and more data is due in coming months."),
    ).toEqual([
      { text: "coming weeks", type: "DURATION", value: "PXW" },
      { text: "coming months", type: "DURATION", value: "PXM" },
    ]);
  });

  it("tags a bare plural unit after 'within … of' and after 'spent'", () => {
    const text =
      "The suspect was arrested within hours of the attack. Within days of the vote, the party split. Investigators spent hours at the scene, and he spent years in exile.";
    expect(found(text).map((t) => [t.text, t.type, t.value])).toEqual([
      ["hours", "DURATION", "PTXH"],
      ["days", "DURATION", "PXD"],
      ["hours", "DURATION", "PTXH"],
      ["years", "DURATION", "PXY"],
    ]);
  });

  it("tags 'the night' after 'spent'", () => {
    const text = "Residents of the flooded village spent the night in a school on Tuesday.";
    const got = found(text);
    expect(got.map((t) => t.text)).toEqual(["the night", "Tuesday"]);
    expect(got[0]?.type).toBe("TIME");
  });

  it("takes 'the first week of' and 'the last week of' a month as one DATE, like 'early' and 'late'", () => {
    const text =
      "The flaw has been exploited since the first week of December. Talks are set for the last week of March, and sales rose in the second half of January.";
    expect(found(text)).toEqual([
      { text: "the first week of December", type: "DATE", value: "2024-12", mod: "START" },
      { text: "the last week of March", type: "DATE", value: "2025-03", mod: "END" },
      { text: "the second half of January", type: "DATE", value: "2025-01", mod: "END" },
    ]);
  });

  it("keeps 'the last month of' a war as a duration, and the half of a year as before", () => {
    expect(
      found("In the last month of the war, the army retreated. Profit rose in the first half of 2024."),
    ).toEqual([
      { text: "the last month", type: "DURATION", value: "P1M" },
      { text: "the first half of 2024", type: "DATE", value: "2024-H1" },
    ]);
  });
});
