import { describe, expect, it } from "vitest";
import { extractJsonLine } from "../../src/services/jsonl.ts";
import { DEFAULT_MAX_BYTES } from "../../src/text/decode.ts";

describe("one JSON line", () => {
  it("refuses a text over the size limit with an error object, not an exception", () => {
    const line = JSON.stringify({ id: "huge", text: "a".repeat(DEFAULT_MAX_BYTES + 1) });
    expect(extractJsonLine(line, 7)).toMatchObject({
      id: "huge",
      line: 7,
      error: { code: "INPUT_TOO_LARGE" },
    });
  });

  it("names the field that is wrong", () => {
    const out = extractJsonLine(JSON.stringify({ id: 3, text: 42 }), 2);
    expect(out).toMatchObject({ id: "3", error: { code: "JSONL_MALFORMED" } });
    expect("error" in out && out.error.message).toMatch(/field "text"/);
  });

  it("uses the line's id and metadata", () => {
    const out = extractJsonLine(
      JSON.stringify({ id: "r1", title: "T", published: "2024-03-01", text: "Rain fell." }),
      1,
    );
    expect(out).toMatchObject({ id: "r1", title: "T", published: "2024-03-01", text: "Rain fell." });
  });
});
