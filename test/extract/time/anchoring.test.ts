import { describe, expect, it } from "vitest";
import { found, tagDoc, valueFor } from "./run-tagger.ts";

// Published Wednesday 2025-02-26 (ISO week 2025-W09) unless a test says otherwise.
describe("deictic expressions take the publication date", () => {
  it("resolves today, yesterday, tomorrow and parts of the day", () => {
    const text =
      "The mayor spoke today. Rain fell yesterday morning and will return tomorrow. Crews worked overnight and tonight.";
    const values = found(text).map((t) => [t.text, t.type, t.value]);
    expect(values).toEqual([
      ["today", "DATE", "2025-02-26"],
      ["yesterday morning", "TIME", "2025-02-25TMO"],
      ["tomorrow", "DATE", "2025-02-27"],
      ["tonight", "TIME", "2025-02-26TNI"],
    ]);
  });

  it("resolves this/last/next units and 'earlier this week' to weeks, months and years", () => {
    const text =
      "Earlier this week the council met. Last month it voted; next year it will build. Prices rose last week and this year.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["Earlier this week", "2025-W09"],
      ["Last month", "2025-01"],
      ["next year", "2026"],
      ["last week", "2025-W08"],
      ["this year", "2025"],
    ]);
  });

  it("places a bare weekday by tense: past before publication, future after", () => {
    expect(valueFor("A convoy was attacked on Sunday.", "Sunday")).toBe("2025-02-23");
    expect(valueFor("The envoy will arrive on Friday.", "Friday")).toBe("2025-02-28");
    expect(valueFor("The board met Wednesday.", "Wednesday")).toBe("2025-02-26");
  });

  it("reads this/last/next weekday relative to the publication week", () => {
    const text = "Officials met this Tuesday, had met last Thursday and will meet next Monday.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["this Tuesday", "2025-02-25"],
      ["last Thursday", "2025-02-20"],
      ["next Monday", "2025-03-03"],
    ]);
  });

  it("counts back for 'ago'", () => {
    expect(valueFor("The camp opened three years ago.", "three years ago")).toBe("2022");
    expect(valueFor("The camp opened two days ago.", "two days ago")).toBe("2025-02-24");
  });
});

describe("a month without a year follows tense, leaning to the past", () => {
  it("puts a later month in a past sentence in the previous year", () => {
    expect(valueFor("Troops have patrolled the port since June.", "June")).toBe("2024-06");
    expect(valueFor("The ceasefire was signed on October 21.", "October 21")).toBe("2024-10-21");
  });

  it("keeps an earlier month in the publication year, and a later one in a future sentence", () => {
    expect(valueFor("Fighting resumed in January.", "January")).toBe("2025-01");
    expect(valueFor("Elections will be held in November.", "November")).toBe("2025-11");
  });

  it("takes a year written earlier in the same sentence", () => {
    const text = "The clinic closed in 2019, and in March the staff left.";
    expect(valueFor(text, "March")).toBe("2019-03");
  });

  it("reads 'last June' and 'next March' from the publication month", () => {
    expect(valueFor("Rains failed last June.", "last June")).toBe("2024-06");
    expect(valueFor("Rains are due next March.", "next March")).toBe("2025-03");
  });
});

describe("narrative expressions take the last-mentioned date", () => {
  it("counts from the previous date, not the publication date", () => {
    const text =
      "The report appeared on February 10. A day later, the minister resigned. The following week, protests began.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["February 10", "2025-02-10"],
      ["A day later", "2025-02-11"],
      ["The following week", "2025-W08"],
    ]);
  });

  it("follows a history far from its publication date", () => {
    const text =
      "After the 1809 and 1811 campaigns, the siege began on 3 May 1812. The next day the walls fell. By 20 June the town surrendered. Two weeks later peace came in 1813.";
    const doc = found(text, "2010-01-01");
    expect(doc.map((t) => [t.text, t.value])).toEqual([
      ["1809", "1809"],
      ["1811", "1811"],
      ["3 May 1812", "1812-05-03"],
      ["The next day", "1812-05-04"],
      ["20 June", "1812-06-20"],
      ["Two weeks later", "1812-W27"],
      ["1813", "1813"],
    ]);
  });

  it("resolves 'of that year' against the year just mentioned", () => {
    expect(
      valueFor("The dam opened in 1961. In August of that year it flooded.", "August of that year"),
    ).toBe("1961-08");
  });
});

describe("without a publication date", () => {
  it("reports relative expressions with underspecified values and a time.no-anchor message", () => {
    const text = "Shelling resumed on Sunday. Aid stopped last year and the camp has grown since June.";
    const doc = tagDoc(text, null);
    const times = doc.get("times").map((t) => [text.slice(t.start, t.end), t.value, t.anchor]);
    expect(times).toEqual([
      ["Sunday", "XXXX-WXX-7", "none"],
      ["last year", "PAST_REF", "none"],
      ["June", "XXXX-06", "none"],
    ]);
    const messages = doc.messages.filter((m) => m.rule === "time.no-anchor");
    expect(messages.map((m) => text.slice(m.start, m.end))).toEqual(["Sunday", "last year", "June"]);
  });

  it("still resolves absolute dates and dates anchored on them", () => {
    const doc = tagDoc("The quake struck on 6 February 2023. A day later, rescuers arrived.", null);
    expect(doc.get("times").map((t) => t.value)).toEqual(["2023-02-06", "2023-02-07"]);
    expect(doc.messages.filter((m) => m.rule === "time.no-anchor")).toEqual([]);
  });
});
