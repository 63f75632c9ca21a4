import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Published Wednesday 2025-02-26. Patterns from an extent audit of real wire and web news (invented sentences).
describe("extents and false positives found on real news", () => {
  it("takes a quantity modifier into an offset from a point, with TimeML's point mods", () => {
    const text =
      "The mill closed nearly two decades ago. The law passed more than a decade ago. Less than 30 minutes later, the mayor spoke. The dam was built some two centuries ago.";
    expect(found(text)).toEqual([
      { text: "nearly two decades ago", type: "DATE", value: "2005", mod: "AFTER" },
      { text: "more than a decade ago", type: "DATE", value: "2015", mod: "BEFORE" },
      { text: "Less than 30 minutes later", type: "DATE", value: "2025-02-26", mod: "BEFORE" },
      { text: "some two centuries ago", type: "DATE", value: "1825", mod: "APPROX" },
    ]);
  });

  it("leaves a verb's particle out of an offset: 'took over three years ago'", () => {
    expect(found("The coach, who took over three years ago, resigned.")).toEqual([
      { text: "three years ago", type: "DATE", value: "2022" },
    ]);
  });

  it("reads seconds, minutes and centuries before 'later' and 'earlier'", () => {
    const text =
      "The group was founded in 1901, a century earlier. The lights went out on March 3, 2024, and returned 20 mins later.";
    expect(found(text).map((t) => [t.text, t.type, t.value])).toEqual([
      ["1901", "DATE", "1901"],
      ["a century earlier", "DATE", "1801"],
      ["March 3, 2024", "DATE", "2024-03-03"],
      ["20 mins later", "DATE", "2024-03-03"],
    ]);
  });

  it("leaves 'about' out before a day word or a month name: a preposition, not APPROX", () => {
    const text =
      "Here are the stories to talk about today. Critics wrote about yesterday's vote. It ends about 2030.";
    expect(found(text)).toEqual([
      { text: "today", type: "DATE", value: "2025-02-26" },
      { text: "yesterday", type: "DATE", value: "2025-02-25" },
      { text: "about 2030", type: "DATE", value: "2030", mod: "APPROX" },
    ]);
  });

  it("leaves 'the' out of 'the mid-January poll' but keeps it in 'the end of May' and 'the mid-1990s'", () => {
    const text =
      "In the mid-January poll he led. The late August release drew notice. Work runs to the end of May. It began in the mid-1990s.";
    expect(found(text).map((t) => [t.text, t.value, t.mod])).toEqual([
      ["mid-January", "2025-01", "MID"],
      ["late August", "2024-08", "END"],
      ["the end of May", "2025-05", "END"],
      ["the mid-1990s", "199", "MID"],
    ]);
  });

  it("does not read 'the present' before a noun as a time", () => {
    const text =
      "Under the present rules the plan fails. The present contract ends in 2027. Since 1990 to the present, rents rose.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["2027", "2027"],
      ["1990", "1990"],
      ["the present", "PRESENT_REF"],
    ]);
  });

  it("reads 'one day' after a modal or 'hope' as a day to come, not a day long", () => {
    const text =
      "Researchers hope one day to cure it. The road could one day reach the coast. The vote came one day after the debate.";
    expect(found(text)).toEqual([
      { text: "one day", type: "DATE", value: "FUTURE_REF" },
      { text: "one day", type: "DATE", value: "FUTURE_REF" },
      { text: "one day", type: "DURATION", value: "P1D" },
    ]);
  });

  it("reads '$15-an-hour' as a rate", () => {
    expect(found("They back a $15-an-hour minimum wage.")).toEqual([
      { text: "an-hour", type: "SET", value: "PT1H" },
    ]);
  });

  it("reads 'the 1997 year' as the year 1997, not a duration", () => {
    const text = "It gave an estimate for the 1997 year. Its fiscal 1996 year earnings rose.";
    expect(found(text).map((t) => [t.text, t.type, t.value])).toEqual([
      ["1997", "DATE", "1997"],
      ["fiscal 1996", "DATE", "1996"],
    ]);
  });
});

describe("the 'year' after a written year", () => {
  it("still counts years: 'some 2000 years'", () => {
    expect(found("The temple stood for 2000 years.")).toEqual([
      { text: "2000 years", type: "DURATION", value: "P2000Y" },
    ]);
  });
});
