import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { SitrepError } from "../../errors/errors.ts";
import { writeFileAtomically } from "../../services/export-file.ts";
import { decodeText } from "../../text/decode.ts";
import { readInputBytes, writeStdout } from "../io.ts";

/** `sitrep tag --format conll|timeml`: the standard benchmark formats of the CLI contract. */
export function registerTag(program: Command): void {
  program
    .command("tag")
    .description("tag benchmark files: CoNLL-2003 named entities, or TempEval-3 TimeML time expressions")
    .requiredOption("--format <format>", "conll (stdin → stdout) or timeml (INPUT_DIR OUTPUT_DIR)")
    .argument("[paths...]", "conll: an optional input file (default stdin); timeml: INPUT_DIR OUTPUT_DIR")
    .addHelpText(
      "after",
      "\nExamples:\n  sitrep tag --format conll < eng.testb > predicted.txt\n  sitrep tag --format timeml te3-input/ out/",
    )
    .action(async (paths: string[], opts: { format: string }) => {
      if (opts.format === "conll") return tagConllCommand(paths);
      if (opts.format === "timeml") return tagTimemlCommand(paths);
      throw new SitrepError(
        "INVALID_ARGUMENT",
        `unknown --format "${opts.format}"`,
        "use --format conll or --format timeml",
      );
    });
}

async function tagConllCommand(paths: string[]): Promise<void> {
  if (paths.length > 1)
    throw new SitrepError(
      "INVALID_ARGUMENT",
      "conll takes one input file or stdin",
      "see `sitrep tag --help`",
    );
  const label = paths[0] ?? "stdin";
  const input = decodeText(await readInputBytes(paths[0] ?? "-"), label, Number.POSITIVE_INFINITY);
  const { tagConll } = await import("../../extract/ner/conll.ts");
  await writeStdout(tagConll(input));
}

async function tagTimemlCommand(paths: string[]): Promise<void> {
  const [inputDir, outputDir] = paths;
  if (!inputDir || !outputDir || paths.length !== 2) {
    throw new SitrepError(
      "INVALID_ARGUMENT",
      "timeml needs INPUT_DIR and OUTPUT_DIR",
      "see `sitrep tag --help`",
    );
  }
  const info = await stat(inputDir).catch(() => null);
  if (!info?.isDirectory())
    throw new SitrepError(
      "INPUT_UNREADABLE",
      `${inputDir} is not a folder`,
      "give the folder of TempEval-3 input files",
    );
  const { tagTimeml } = await import("../../extract/time/timeml.ts");
  await mkdir(outputDir, { recursive: true });
  const names = (await readdir(inputDir)).filter((n) => !n.startsWith(".")).sort();
  let failed = 0;
  for (const name of names) {
    const path = join(inputDir, name);
    if (!(await stat(path)).isFile()) continue;
    try {
      const content = decodeText(await readFile(path), path);
      const out = join(outputDir, outputName(name));
      const tagged = tagTimeml(content);
      await writeFileAtomically(out, (write) => write(tagged));
    } catch (err) {
      failed++;
      process.stderr.write(
        `sitrep: ${path}: ${err instanceof SitrepError ? err.describe() : (err as Error).message}\n`,
      );
    }
  }
  if (failed > 0)
    throw new SitrepError(
      "INPUT_UNREADABLE",
      `${failed} of ${names.length} files could not be tagged`,
      "see the messages above",
    );
}

/** "X.tml.TE3input" → "X.tml", "X.txt" → "X.tml": `.tml` in place of any other extension. */
export function outputName(name: string): string {
  const stem = basename(name, extname(name));
  return stem.endsWith(".tml") ? stem : `${stem}.tml`;
}
