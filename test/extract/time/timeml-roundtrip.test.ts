import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tagTimeml } from "../../../src/extract/time/timeml.ts";

const SHARED = new URL("../../../../shared/", import.meta.url);
const INPUT_DIR = fileURLToPath(new URL("data/timeml/te3-platinum-input/", SHARED));

// Only the input files are read, to check that tagging leaves their text untouched (no scoring here).
describe.skipIf(!existsSync(INPUT_DIR))("tagTimeml on TempEval-3 input files", () => {
  it("changes nothing but the added TIMEX3 elements", () => {
    let added = 0;
    for (const file of readdirSync(INPUT_DIR)) {
      const input = readFileSync(join(INPUT_DIR, file), "utf8");
      const output = tagTimeml(input);
      added += (
        output.match(/<TIMEX3 tid="t[1-9]\d*" type="(?:DATE|TIME|DURATION|SET)" value="[^"]+"/g) ?? []
      ).length;
      const stripped = output.replace(/<TIMEX3 tid="t[1-9]\d*"[^>]*>([^<]*)<\/TIMEX3>/g, "$1");
      expect(stripped).toBe(input);
    }
    expect(added).toBeGreaterThan(0);
  });
});
