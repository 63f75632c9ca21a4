import { describe, expect, it } from "vitest";
import { found, tagDoc } from "./run-tagger.ts";

/**
 * Values of frequent deictic expressions, found wrong by auditing the tagger on real (unannotated) news:
 * weekdays, bare months and month-days, the news/history decision. The sentences are invented.
 */
const pairs = (text: string, published?: string) =>
  found(text, published).map((t) => [t.text, t.type, t.value]);

/** The value of the n-th (0-based) expression whose text is exactly `phrase`, with its span checked. */
function nth(text: string, phrase: string, published: string, n = 0): string | undefined {
  const doc = tagDoc(text, published);
  const hits = doc.get("times").filter((t) => text.slice(t.start, t.end) === phrase);
  return hits[n]?.value;
}

describe("news values: a report that recalls old years is still news", () => {
  const text =
    "The governor, first elected in 1994, ran again in 1998 and 2002 and lost in 2006. " +
    "He told reporters on Monday that he would not run. Rivals met on Saturday. " +
    "His allies will gather on Tuesday. Critics said last week that the plan of 2004 had failed. " +
    "In 1994 he won by a landslide.";

  it("reads weekdays from the publication date, not from the last year written", () => {
    // Published on a Wednesday.
    expect(nth(text, "Monday", "2016-02-10")).toBe("2016-02-08");
    expect(nth(text, "Saturday", "2016-02-10")).toBe("2016-02-06");
    expect(nth(text, "Tuesday", "2016-02-10")).toBe("2016-02-16");
    expect(nth(text, "last week", "2016-02-10")).toBe("2016-W05");
  });

  it("keeps a history without such days a history", () => {
    const history =
      "The war began in 1939, spread in 1940 and reached Asia in 1941. The siege ended on 20 September 1941. Its first shots had been fired in August.";
    expect(nth(history, "August", "2010-01-01")).toBe("1941-08");
  });
});

describe("news values: weekdays", () => {
  it("does not read 'Super Tuesday' or 'Black Friday' as a weekday", () => {
    expect(
      pairs("Voters went to the polls on Super Tuesday, after Black Friday sales.", "2016-03-03"),
    ).toEqual([]);
    expect(pairs("He spoke on Tuesday.", "2016-03-03")).toEqual([["Tuesday", "DATE", "2016-03-01"]]);
  });

  it("reads a weekday in a present clause without a schedule as the past one", () => {
    // Published on a Wednesday: the Tuesday before, not the next one.
    const text = "Despite costly defeats on Tuesday night, the senator remains in the race.";
    expect(pairs(text, "2016-04-27")).toEqual([["Tuesday night", "TIME", "2016-04-26TNI"]]);
    expect(pairs("Her wins Tuesday in two states mean her lead is safe.", "2016-04-27")).toEqual([
      ["Tuesday", "DATE", "2016-04-26"],
    ]);
  });

  it("reads a weekday in a present clause with a schedule as the next one", () => {
    expect(pairs("The state holds its primary on Tuesday.", "2016-04-01")).toEqual([
      ["Tuesday", "DATE", "2016-04-05"],
    ]);
    expect(pairs("He leads the polls ahead of Tuesday's primary.", "2016-04-14")).toEqual([
      ["Tuesday", "DATE", "2016-04-19"],
    ]);
    expect(pairs("A memorial service is planned Friday in the capital.", "2016-06-05")).toEqual([
      ["Friday", "DATE", "2016-06-10"],
    ]);
  });

  it("reads 'Played Friday:' in results as past", () => {
    expect(pairs("Played Friday: Northtown 2 Southport 1.", "1996-08-24")).toEqual([
      ["Friday", "DATE", "1996-08-23"],
    ]);
  });

  it("takes 'Last' and 'Next' at the start of a sentence into the expression", () => {
    const text = "Last April she broke her arm. Last Tuesday he resigned.";
    const times = tagDoc(text, "1996-08-22").get("times");
    expect(times.map((t) => [text.slice(t.start, t.end), t.value])).toEqual([
      ["Last April", "1996-04"],
      ["Last Tuesday", "1996-08-20"],
    ]);
  });
});

describe("news values: clause tense", () => {
  it("takes the tense of a fronted time phrase from the verb that follows, not a future word elsewhere", () => {
    const text = "In April, the mayor called the plans to build a stadium a disgrace.";
    expect(pairs(text, "2016-05-18")).toEqual([["April", "DATE", "2016-04"]]);
    expect(pairs("On June 3, the senator repeated his attacks.", "2016-07-18")).toEqual([
      ["June 3", "DATE", "2016-06-03"],
    ]);
  });

  it("reads 'must', 'can', a condition and 'into' as looking ahead", () => {
    expect(pairs("She must win in November to keep the seat.", "2016-03-04")).toEqual([
      ["November", "DATE", "2016-11"],
    ]);
    expect(pairs("Not only can he win in November, he can win big.", "2016-01-19")).toEqual([
      ["November", "DATE", "2016-11"],
    ]);
    expect(pairs("The party fears the worst if he is the nominee in November.", "2016-03-15")).toEqual([
      ["November", "DATE", "2016-11"],
    ]);
    expect(pairs("She is marching toward November with a lead.", "2016-03-09")).toEqual([
      ["November", "DATE", "2016-11"],
    ]);
  });
});

describe("news values: months and days without a year", () => {
  it("reads a day a few weeks ahead as a date set, whatever the tense", () => {
    expect(pairs("He campaigned ahead of the state's June 7 primary.", "2016-05-24")).toEqual([
      ["June 7", "DATE", "2016-06-07"],
    ]);
    expect(pairs("Parliament was dissolved ahead of snap elections on September 22.", "1996-08-23")).toEqual([
      ["September 22", "DATE", "1996-09-22"],
    ]);
    // Far ahead, a past clause still means last year.
    expect(pairs("He said on Nov. 9 that he would buy more.", "2016-03-17")).toEqual([
      ["Nov. 9", "DATE", "2015-11-09"],
    ]);
  });

  it("reads a month naming an election or a convention ahead within half a year", () => {
    expect(pairs("Delegates talked about the party's July convention.", "2016-04-14")).toEqual([
      ["July", "DATE", "2016-07"],
    ]);
    expect(pairs("Emails were released to sway the Nov. 8 general election.", "2016-07-31")).toEqual([
      ["Nov. 8", "DATE", "2016-11-08"],
    ]);
    // Past and far back: last year's.
    expect(pairs("Turnout in the November election was low.", "2016-01-20")).toEqual([
      ["November", "DATE", "2015-11"],
    ]);
  });

  it("counts 'since their Oct. 13 debate' back from publication", () => {
    expect(pairs("She has gained since their Oct. 13 debate.", "2015-11-13")).toEqual([
      ["Oct. 13", "DATE", "2015-10-13"],
    ]);
  });

  it("keeps a recent month in the publication year after an older year written a sentence before", () => {
    const text = "The judge was appointed in 1993. The judge died in February and the seat is still empty.";
    expect(nth(text, "February", "2016-07-13")).toBe("2016-02");
    // "The clinic closed in 2019. … In March": a month a year back may be in the year written.
    const story = "The clinic closed in 2019. Most of the staff moved north. In March the last nurse left.";
    expect(nth(story, "March", "2025-02-26")).toBe("2019-03");
  });

  it("reads a recent month compared with as this year's", () => {
    const text = "Output fell 3 percent from July 1995 and rose 1.9 percent from June, the institute said.";
    expect(nth(text, "June", "1996-08-22")).toBe("1996-06");
  });

  it("gives 'the Sept. 11 attacks' their year", () => {
    expect(pairs("He recalled the Sept. 11 attacks.", "2016-02-17")).toEqual([
      ["Sept. 11", "DATE", "2001-09-11"],
    ]);
  });
});

describe("news values: modifiers of a day", () => {
  it("takes 'late' and 'early' into the extent with END and START", () => {
    expect(found("Officials said late Tuesday that talks failed.", "2016-03-03")).toEqual([
      { text: "late Tuesday", type: "DATE", value: "2016-03-01", mod: "END" },
    ]);
    expect(found("The storm hit early Wednesday morning.", "2016-03-03")).toEqual([
      { text: "early Wednesday morning", type: "TIME", value: "2016-03-02TMO", mod: "START" },
    ]);
  });

  // Issue #5: TimeBank-style extents (HeidelTime's part-word rules) keep "earlier"/"later" with the day.
  it("takes 'earlier' and 'later' before a day into the extent, with the day's value and without a mod", () => {
    expect(found("He spoke earlier Tuesday in Florida.", "2016-03-01")).toEqual([
      { text: "earlier Tuesday", type: "DATE", value: "2016-03-01" },
    ]);
    expect(found("She said earlier today that she would run.", "2016-03-01")).toEqual([
      { text: "earlier today", type: "DATE", value: "2016-03-01" },
    ]);
  });
});
