import { describe, expect, it } from "vitest";
import { found } from "./run-tagger.ts";

// Published 2025-02-26.
describe("quarters and halves of a year", () => {
  it("takes the whole phrase with its year, written or relative to publication", () => {
    const text =
      "Sales fell in the first quarter of last year, rose in Q1 2024 and in the first quarter 2023, and will grow in the second half of this year.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["the first quarter of last year", "2024-Q1"],
      ["Q1 2024", "2024-Q1"],
      ["the first quarter 2023", "2023-Q1"],
      ["the second half of this year", "2025-H2"],
    ]);
  });

  it("reads a year written before the part", () => {
    const text = "Last year's third quarter was strong; the first half of 2022 was weak.";
    expect(found(text).map((t) => [t.text, t.value])).toEqual([
      ["Last year's third quarter", "2024-Q3"],
      ["the first half of 2022", "2022-H1"],
    ]);
  });

  it("leaves 'a second half' of a match alone", () => {
    expect(found("The team scored twice in the second half.")).toEqual([]);
  });
});
