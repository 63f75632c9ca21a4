import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Published Wednesday 2025-02-26.
describe("common news expressions: extents and values", () => {
  it("puts a clock time on the day named in its sentence, and a past one in the next sentences too", () => {
    const text = "They met Tuesday at 10 a.m. The shops shut at 5 p.m. Talks resume at 9 a.m.";
    expect(found(text).map((t) => [t.text, t.type, t.value])).toEqual([
      ["Tuesday", "DATE", "2025-02-25"],
      ["10 a.m.", "TIME", "2025-02-25T10:00"],
      ["5 p.m.", "TIME", "2025-02-25T17:00"],
      ["9 a.m.", "TIME", "2025-02-26T09:00"],
    ]);
    // The day a report was made is not the day of the event it reports.
    const quake = "The quake struck late Friday, the ministry said Saturday evening. It hit at 11:11 p.m.";
    expect(found(quake).at(-1)?.value).toBe("2025-02-21T23:11");
    // Without a day named just before, a past clock time is on the publication day.
    expect(found("Prices rose in 2024. The market shut at 5 p.m.").at(-1)?.value).toBe("2025-02-26T17:00");
  });

  it("reads a clock time followed by a date as one TIME", () => {
    expect(found("The vote is set for 9 p.m. March 3.")).toEqual([
      { text: "9 p.m. March 3", type: "TIME", value: "2025-03-03T21:00" },
    ]);
  });

  it("takes 'later in' and 'earlier in' into the extent, like 'later this year'", () => {
    expect(found("Later in the year, prices rose; earlier in 2023 they had fallen.")).toEqual([
      { text: "Later in the year", type: "DATE", value: "2025" },
      { text: "earlier in 2023", type: "DATE", value: "2023" },
    ]);
  });

  it("counts 'the following spring' from the last date mentioned", () => {
    const text = "The fort fell in 1777. The following spring, the army returned. Rain is due next spring.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["1777", "1777"],
      ["The following spring", "1778-SP"],
      ["next spring", "2025-SP"],
    ]);
  });

  it("keeps TimeML's conventions for deictic phrases", () => {
    const text =
      "He spoke Thursday morning. Earlier this month prices rose. The plant closed two years ago. It was built in the 1990s. Talks resume next week. Prices rose over the past three years. Sales fell last week. He is now the chief and was recently promoted; the former minister left.";
    expect(found(text).map((t) => [t.text, t.type, t.value])).toEqual([
      ["Thursday morning", "TIME", "2025-02-20TMO"],
      ["Earlier this month", "DATE", "2025-02"],
      ["two years ago", "DATE", "2023"],
      ["the 1990s", "DATE", "199"],
      ["next week", "DATE", "2025-W10"],
      ["the past three years", "DURATION", "P3Y"],
      ["last week", "DATE", "2025-W08"],
      ["now", "DATE", "PRESENT_REF"],
      ["recently", "DATE", "PAST_REF"],
    ]);
  });

  it("tags 'late in the year' and a season joined to another", () => {
    expect(found("Late in the year the army left; the spring and summer were dry.")).toEqual([
      { text: "Late in the year", type: "DATE", value: "2025", mod: "END" },
      { text: "the spring", type: "DATE", value: "2024-SP" },
      { text: "summer", type: "DATE", value: "2024-SU" },
    ]);
  });

  it("skips a weekday inside a name", () => {
    expect(found("The Sunday Times reported it on Sunday.")).toEqual([
      { text: "Sunday", type: "DATE", value: "2025-02-23" },
    ]);
  });

  it("in news, counts 'the day before' from publication when the last date is only a year", () => {
    const text =
      "The deal was signed in 2019. The day before, he had spoken. The report came on February 10.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["2019", "2019"],
      ["The day before", "2025-02-25"],
      ["February 10", "2025-02-10"],
    ]);
  });

  it("reads 'year-end' and 'month's end' as the end of the current unit", () => {
    expect(found("By year-end the plan ends; at month's end, funds ran out.")).toEqual([
      { text: "year-end", type: "DATE", value: "2025", mod: "END" },
      { text: "month's end", type: "DATE", value: "2025-02", mod: "END" },
    ]);
  });

  it("reads 'a day' after a quantity as a rate (SET), alone as a duration", () => {
    expect(found("Troops moved 20 miles (32 km) a day; 1,000 people a week fled. It took a day.")).toEqual([
      { text: "a day", type: "SET", value: "P1D" },
      { text: "a week", type: "SET", value: "P1W" },
      { text: "a day", type: "DURATION", value: "P1D" },
    ]);
  });
});
