import { describe, expect, it } from "vitest";
import { SitrepError } from "../../src/errors/errors.ts";
import { decodeText } from "../../src/text/decode.ts";

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    return err instanceof SitrepError ? err.code : "OTHER";
  }
  return "NONE";
};

describe("decodeText", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeText(Buffer.from("\ufeffCafé in Lomar", "utf8"), "a.txt")).toBe("Café in Lomar");
  });

  it("refuses empty and white-space-only input", () => {
    expect(code(() => decodeText(new Uint8Array(), "a.txt"))).toBe("INPUT_EMPTY");
    expect(code(() => decodeText(Buffer.from(" \n\t "), "a.txt"))).toBe("INPUT_EMPTY");
  });

  it("refuses invalid UTF-8 and says at which byte", () => {
    const bytes = Buffer.from([0x4f, 0x6b, 0x20, 0xe9, 0x74, 0xe9]); // Latin-1 "Ok été"
    expect(code(() => decodeText(bytes, "a.txt"))).toBe("INPUT_INVALID_UTF8");
    expect(() => decodeText(bytes, "a.txt")).toThrow(/a\.txt: invalid UTF-8 at byte 3/);
  });

  it("refuses binary content", () => {
    expect(code(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "x.png"))).toBe(
      "INPUT_BINARY",
    );
  });

  it("refuses documents over the size limit", () => {
    expect(code(() => decodeText(Buffer.alloc(2048, 0x61), "big.txt", 1024))).toBe("INPUT_TOO_LARGE");
  });
});
