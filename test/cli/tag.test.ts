import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputName } from "../../src/cli/commands/tag.ts";
import { runCli } from "../helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-tag-"));

describe("sitrep tag", { timeout: 120_000 }, () => {
  it("conll: repeats every line with one predicted IOB2 column, keeping blank and -DOCSTART- lines", async () => {
    const input = [
      "-DOCSTART- -X- -X- O",
      "",
      "Marta NNP B-NP B-PER",
      "Ilic NNP I-NP I-PER",
      "visited VBD B-VP O",
      "Lomar NNP B-NP B-LOC",
      ". . O O",
      "",
    ].join("\n");
    const run = await runCli(["tag", "--format", "conll"], { input });
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("-DOCSTART- -X- -X- O");
    expect(lines[1]).toBe("");
    for (const [i, line] of input.split("\n").entries()) {
      if (line === "" || line.startsWith("-DOCSTART-")) continue;
      expect(lines[i]?.startsWith(`${line} `)).toBe(true);
      expect(lines[i]?.split(" ").at(-1)).toMatch(/^(?:O|[BI]-(?:PER|ORG|LOC|MISC))$/);
    }
    expect(lines[2]?.endsWith(" B-PER")).toBe(true);
  });

  it("timeml: writes NAME.tml with TIMEX3 tags around expressions and the text unchanged", async () => {
    const input = join(dir, "in");
    mkdirSync(input);
    const text = "Floods hit the valley on Monday &amp; the rains went on for two weeks.";
    writeFileSync(
      join(input, "doc1.tml.TE3input"),
      `<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-08" temporalFunction="false" functionInDocument="CREATION_TIME">2024-05-08</TIMEX3></DCT>\n<TEXT>${text}</TEXT>\n</TimeML>\n`,
    );
    const run = await runCli(["tag", "--format", "timeml", input, join(dir, "out")]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, "out"))).toEqual(["doc1.tml"]);
    const out = readFileSync(join(dir, "out", "doc1.tml"), "utf8");
    expect(out).toContain('value="2024-05-06">Monday</TIMEX3>');
    expect(out).toMatch(/type="DURATION" value="P2W">two weeks<\/TIMEX3>/);
    const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(out)?.[1] ?? "";
    expect(body.replace(/<[^>]+>/g, "")).toBe(text);
  });

  it("names outputs with .tml in place of any other extension", () => {
    expect(outputName("AP_1.tml.TE3input")).toBe("AP_1.tml");
    expect(outputName("story.txt")).toBe("story.tml");
  });

  it("refuses an unknown format and a missing folder", async () => {
    expect((await runCli(["tag", "--format", "xml"])).status).toBe(2);
    expect((await runCli(["tag", "--format", "timeml", join(dir, "nope"), join(dir, "o2")])).status).toBe(1);
  });
});
