import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findParagraphs } from "../../../src/extract/sentences/paragraphs.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";
import { HAS_SHARED, SEED_TEXT } from "../../helpers/shared.ts";
import { texts } from "../../helpers/spans.ts";

const pipeline = new Pipeline([tokensStage, sentencesStage]);
const sentences = (text: string): string[] => {
  const doc = pipeline.process("t", text);
  expect(validateDoc(doc)).toEqual([]);
  return texts(text, doc.get("sentences"));
};

describe("sentence splitter", () => {
  it("does not split after titles, initials, months or dotted acronyms before lower case", () => {
    expect(
      sentences(
        "Lt. Gen. Amara Osei met Dr. R. J. Tanaka on Feb. 3 in the U.S. capital. They spoke for an hour.",
      ),
    ).toEqual([
      "Lt. Gen. Amara Osei met Dr. R. J. Tanaka on Feb. 3 in the U.S. capital.",
      "They spoke for an hour.",
    ]);
  });

  it("ends a sentence on a dotted acronym followed by a capital", () => {
    expect(sentences("The envoy flew back to the U.S. The talks resume on Monday.")).toEqual([
      "The envoy flew back to the U.S.",
      "The talks resume on Monday.",
    ]);
  });

  it("keeps a country's initials before a name of two words or more in the sentence", () => {
    expect(
      sentences(
        "The quake was shallow, according to the U.S. Geological Survey. The U.N. Security Council met. Aid came from the U.S. Officials said so. The U.N. Office for Aid agreed.",
      ),
    ).toEqual([
      "The quake was shallow, according to the U.S. Geological Survey.",
      "The U.N. Security Council met.",
      "Aid came from the U.S.",
      "Officials said so.",
      "The U.N. Office for Aid agreed.",
    ]);
  });

  it("ends sentences inside closing quotation marks and brackets", () => {
    expect(sentences("She said: “We are leaving.” The convoy left (at dawn.) Nobody stayed.")).toEqual([
      "She said: “We are leaving.”",
      "The convoy left (at dawn.)",
      "Nobody stayed.",
    ]);
  });

  it("keeps a quote that ends a clause with a lower-case attribution together", () => {
    expect(sentences("“We will stay until the end!” he told reporters. Then he left.")).toEqual([
      "“We will stay until the end!” he told reporters.",
      "Then he left.",
    ]);
  });

  it("handles ellipses, question marks and exclamation marks", () => {
    expect(sentences("Who pays? Nobody knows… The fund is empty! Really.")).toEqual([
      "Who pays?",
      "Nobody knows…",
      "The fund is empty!",
      "Really.",
    ]);
  });

  it("never splits inside numbers, URLs or e-mail addresses", () => {
    expect(
      sentences("Read it at www.relief.example.org/a.b. It lists 1.5 million people. Mail info@aid.example."),
    ).toEqual([
      "Read it at www.relief.example.org/a.b.",
      "It lists 1.5 million people.",
      "Mail info@aid.example.",
    ]);
  });

  it("ends a sentence at a line break even without punctuation (headlines)", () => {
    expect(sentences("Floods cut off northern towns\nRoads were closed on Tuesday.")).toEqual([
      "Floods cut off northern towns",
      "Roads were closed on Tuesday.",
    ]);
  });

  it("joins hard-wrapped lines when paragraphs are separated by blank lines", () => {
    expect(sentences("The river rose\novernight. Hundreds fled.\n\nA second paragraph.")).toEqual([
      "The river rose\novernight.",
      "Hundreds fled.",
      "A second paragraph.",
    ]);
  });
});

describe("paragraphs of situation reports", () => {
  it("gives headings and bullets lines of their own inside a block, and joins wrapped prose", () => {
    const text =
      "HIGHLIGHTS\n• 225 people dead, according to the agency.\n• 41 people remain missing.\n\nKEY FIGURES\n508K people affected\nUS$16.5M required\n\nRains went on\nall night. More fell.";
    expect(sentences(text)).toEqual([
      "HIGHLIGHTS",
      "• 225 people dead, according to the agency.",
      "• 41 people remain missing.",
      "KEY FIGURES",
      "508K people affected",
      "US$16.5M required",
      "Rains went on\nall night.",
      "More fell.",
    ]);
  });
});

describe("paragraphs", () => {
  it("marks a dateline and a credit line apart from the body", () => {
    const text =
      "Port Halden, Veloria – Rescue teams arrived.\nMore rain is due.\nPhoto credit: Jane Roe / CC BY 4.0";
    const paras = findParagraphs(text);
    expect(paras.map((p) => [p.role, text.slice(p.start, p.end)])).toEqual([
      ["dateline", "Port Halden, Veloria"],
      ["body", "Rescue teams arrived."],
      ["body", "More rain is due."],
      ["credit", "Photo credit: Jane Roe / CC BY 4.0"],
    ]);
  });

  it("finds the dateline after a headline line, and only once", () => {
    const text =
      "Floods cut off the valley\nPort Halden, Veloria – Rescue teams arrived.\nLomar – Later, more rain.";
    expect(findParagraphs(text).map((p) => [p.role, text.slice(p.start, p.end)])).toEqual([
      ["body", "Floods cut off the valley"],
      ["dateline", "Port Halden, Veloria"],
      ["body", "Rescue teams arrived."],
      ["body", "Lomar – Later, more rain."],
    ]);
  });

  it("does not take an ordinary first sentence with a dash for a dateline", () => {
    const text = "The ministry said that talks – which began in May – had stalled.";
    expect(findParagraphs(text).map((p) => p.role)).toEqual(["body"]);
  });
});

describe("clock times before a time zone or a day", () => {
  it("does not split after 'a.m.' / 'p.m.' before a time zone, 'Eastern' or a weekday", () => {
    expect(
      sentences(
        "Polls close at 8 p.m. ET on Friday. The debate starts at 9 p.m. Eastern. The train left at 7:10 a.m. Tuesday. It ended at 10 p.m. Then the hall emptied.",
      ),
    ).toEqual([
      "Polls close at 8 p.m. ET on Friday.",
      "The debate starts at 9 p.m. Eastern.",
      "The train left at 7:10 a.m. Tuesday.",
      "It ended at 10 p.m.",
      "Then the hall emptied.",
    ]);
  });
});

describe.skipIf(!HAS_SHARED)("on the seed article (reads ../shared)", () => {
  it("finds 23 sentences", () => {
    const text = readFileSync(SEED_TEXT, "utf8");
    expect(sentences(text)).toHaveLength(23);
  });
});
