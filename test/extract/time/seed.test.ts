import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tagDoc } from "./run-tagger.ts";

const SHARED = new URL("../../../../shared/", import.meta.url);
const SEED = fileURLToPath(new URL("data/seed/haiti-mss-2025-02-26", SHARED));

describe.skipIf(!existsSync(`${SEED}.gold.json`))(
  "seed article dates (read from ../shared at run time)",
  () => {
    it("finds every gold date with the right value, given the publication date", () => {
      const text = readFileSync(`${SEED}.txt`, "utf8");
      const gold = JSON.parse(readFileSync(`${SEED}.gold.json`, "utf8")) as {
        dates: { text: string; value: string }[];
      };
      const times = tagDoc(text, "2025-02-26").get("times");
      for (const date of gold.dates) {
        const at = text.indexOf(date.text);
        const hit = times.find((t) => t.start < at + date.text.length && at < t.end);
        expect({ text: date.text, value: hit?.value }).toEqual({ text: date.text, value: date.value });
      }
    });
  },
);
