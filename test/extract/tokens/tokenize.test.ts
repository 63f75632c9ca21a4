import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/extract/tokens/tokenize.ts";
import { findBadSpans } from "../../../src/model/validate.ts";

const forms = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

describe("tokenize", () => {
  it("keeps abbreviations and initials with their period", () => {
    const text = "Lt. Gen. Amara Osei of the U.N. met Dr. R. J. Tanaka on Feb. 3 at 4 p.m., e.g. in No. 12.";
    const toks = forms(text);
    for (const abbr of ["Lt.", "Gen.", "U.N.", "Dr.", "R.", "J.", "Feb.", "p.m.", "e.g.", "No."])
      expect(toks).toContain(abbr);
    expect(toks.at(-1)).toBe(".");
    expect(toks.at(-2)).toBe("12");
  });

  it("keeps a magnitude letter with its number: '16.5M', '183K', '2.3bn'", () => {
    const text = "US$16.5M for 183K people, and 2.3bn more. MP3 players.";
    const toks = tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind]);
    expect(toks.slice(0, 6)).toEqual([
      ["US", "word"],
      ["$", "symbol"],
      ["16.5M", "number"],
      ["for", "word"],
      ["183K", "number"],
      ["people", "word"],
    ]);
    expect(toks).toContainEqual(["2.3bn", "number"]);
    expect(toks).toContainEqual(["MP3", "word"]);
  });

  it("does not treat 'No' as an abbreviation when no number follows", () => {
    expect(forms("The answer was No. Then silence.")).toEqual([
      "The",
      "answer",
      "was",
      "No",
      ".",
      "Then",
      "silence",
      ".",
    ]);
  });

  it("splits clitics and possessives but keeps name-internal apostrophes", () => {
    expect(
      forms("Vantoria’s mayor wasn’t at O’Neill’s office in Côte d’Ivoire; the ministers’ aides can't say."),
    ).toEqual([
      "Vantoria",
      "’s",
      "mayor",
      "was",
      "n’t",
      "at",
      "O’Neill",
      "’s",
      "office",
      "in",
      "Côte",
      "d’Ivoire",
      ";",
      "the",
      "ministers",
      "’",
      "aides",
      "ca",
      "n't",
      "say",
      ".",
    ]);
  });

  it("keeps URLs and e-mail addresses whole, without trailing punctuation", () => {
    const text =
      "See https://example.org/reports/2024/flood-update/ , or write to press.office@relief.example.org.";
    const toks = tokenize(text);
    const url = toks.find((t) => t.kind === "url");
    const email = toks.find((t) => t.kind === "email");
    expect(url && text.slice(url.start, url.end)).toBe("https://example.org/reports/2024/flood-update/");
    expect(email && text.slice(email.start, email.end)).toBe("press.office@relief.example.org");
  });

  it("reads numbers, clock times, currencies, percentages, dashes and ellipses", () => {
    expect(forms("Some 5,600 (12.5%) of $1.2 million… at 10:30 — roughly 2,000–3,000")).toEqual([
      "Some",
      "5,600",
      "(",
      "12.5",
      "%",
      ")",
      "of",
      "$",
      "1.2",
      "million",
      "…",
      "at",
      "10:30",
      "—",
      "roughly",
      "2,000",
      "–",
      "3,000",
    ]);
  });

  it("marks quotation marks, straight and curly", () => {
    const text = `“Go,” she said. "Now," he said, ‘quietly’.`;
    const quotes = tokenize(text)
      .filter((t) => t.kind === "quote")
      .map((t) => text.slice(t.start, t.end));
    expect(quotes).toEqual(["“", "”", '"', '"', "‘", "’"]);
  });

  it("keeps hyphenated words whole", () => {
    expect(forms("the then-President of Saint-Marc and the Tamar-led mission")).toEqual([
      "the",
      "then-President",
      "of",
      "Saint-Marc",
      "and",
      "the",
      "Tamar-led",
      "mission",
    ]);
  });

  it("treats non-breaking and zero-width spaces as separators without changing offsets", () => {
    const text = "Relief\u00a0convoys\u200breached Lomar\u202fon Monday.";
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual([
      "Relief",
      "convoys",
      "reached",
      "Lomar",
      "on",
      "Monday",
      ".",
    ]);
    expect(findBadSpans(toks, text.length)).toEqual([]);
  });

  it("handles characters outside the BMP as single symbols", () => {
    const text = "Aid 🚚 arrived";
    expect(forms(text)).toEqual(["Aid", "🚚", "arrived"]);
  });
});
