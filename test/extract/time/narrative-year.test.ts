import { describe, expect, it } from "vitest";
import { found, valueFor } from "./run-tagger.ts";

describe("a bare month follows the year the text has reached", () => {
  it("moves a history into the next year when a month comes well before the last one", () => {
    const text =
      "The war began in 1939, spread in 1940 and reached Asia in 1941. The attack came on December 8, 1941. In January, the troops advanced.";
    const values = found(text, "2010-01-01").map((t) => [t.text, t.value]);
    expect(values).toContainEqual(["January", "1942-01"]);
  });

  it("keeps the year when a history steps back only a little", () => {
    const text =
      "The war began in 1939, spread in 1940 and reached Asia in 1941. The siege ended on 20 September 1941. Its first shots had been fired in August.";
    expect(valueFor(text, "August", "2010-01-01")).toBe("1941-08");
  });

  it("treats a text that writes many different recent years as a history", () => {
    const text =
      "The mission began in 2003. It grew in 2004 and 2005, shrank in 2006 and 2007, and ended in 2008. The first convoy arrived on April 9, 2003. On April 15 the border opened.";
    expect(valueFor(text, "April 15", "2009-12-19")).toBe("2003-04-15");
  });

  it("in news, takes a past year written a few sentences before", () => {
    const text = "The clinic closed in 2019. Most of the staff moved north. In March the last nurse left.";
    expect(valueFor(text, "March")).toBe("2019-03");
  });

  it("in news, still counts 'since' a month back from publication, and forgets old years further back", () => {
    expect(valueFor("The law was first proposed in 2011. It has applied since January.", "January")).toBe(
      "2025-01",
    );
    const far =
      "The clinic closed in 2019. Staff moved north. Some went abroad. Others retired. Aid resumed in June.";
    expect(valueFor(far, "June")).toBe("2024-06");
  });

  it("in news, does not carry an old year into a present-tense sentence or a recent month", () => {
    expect(valueFor("He has served since 2010. The annual meeting is in May.", "May")).toBe("2025-05");
    const text = "The deal was signed in 2019. The report came out on February 10.";
    expect(valueFor(text, "February 10")).toBe("2025-02-10");
  });

  it("keeps news with many background years as news when most years are recent", () => {
    const text =
      "Output fell in 2018, 2019 and 2020, recovered in 2023, grew in 2024 and 2024 again, and will grow in 2025 and 2025. Talks resumed on Sunday.";
    expect(valueFor(text, "Sunday")).toBe("2025-02-23");
  });

  it("does not let an aside year far from the story move it", () => {
    const text =
      "The war began in 1918 and spread in 1919. The army reached the river on 12 July 1920. It was the largest battle since 1813, as papers found in 2004 show. On 6 September the army retreated.";
    expect(valueFor(text, "6 September", "2010-01-01")).toBe("1920-09-06");
  });

  it("follows a far jump once the next year written confirms it", () => {
    const text =
      "The old war ended in 1815 after campaigns in 1812, 1813 and 1814. A new war began in 1914. By 1915 the front was fixed. In May the offensive failed.";
    expect(valueFor(text, "May", "2010-01-01")).toBe("1915-05");
  });

  it("does not move the story to a later year named in a plan", () => {
    const text =
      "The war began in 1972 and dragged on through 1973 and 1974. On 10 March 1975 the offensive opened, to prepare a planned campaign in 1976. The line collapsed on 11 March.";
    expect(valueFor(text, "11 March", "2010-01-01")).toBe("1975-03-11");
  });

  it("puts the end of a month range after its start", () => {
    expect(found("The rains lasted from October to March.").map((t) => [t.text, t.value])).toEqual([
      ["October", "2024-10"],
      ["March", "2025-03"],
    ]);
  });

  it("reads irregular past verbs as past tense", () => {
    expect(found("It ran from March to May.").map((t) => [t.text, t.value])).toEqual([
      ["March", "2024-03"],
      ["May", "2024-05"],
    ]);
  });
});
