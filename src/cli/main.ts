import { Command, CommanderError } from "commander";
import { SitrepError } from "../errors/errors.ts";
import { registerActors } from "./commands/actors.ts";
import { registerDemo } from "./commands/demo.ts";
import { registerDossierViews } from "./commands/dossier-views.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerSearch } from "./commands/search.ts";
import { registerServe } from "./commands/serve.ts";
import { registerShow } from "./commands/show.ts";
import { registerTag } from "./commands/tag.ts";

/** Exit codes of every command: 0 success, 1 processing error, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Builds the command tree. Each command lives in its own file under ./commands. */
export function buildProgram(): Command {
  const program = new Command("sitrep")
    .description("sitrep: a sourced situation picture from crisis reports")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerExtract(program);
  registerTag(program);
  registerIngest(program);
  registerShow(program);
  registerSearch(program);
  registerExport(program);
  registerDemo(program);
  registerServe(program);
  registerActors(program);
  registerDossierViews(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code; errors become one clear line on stderr. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0); // the reader went away (e.g. `| head`): not our error
  });
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version output are successes; everything else commander raises is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof SitrepError) {
      process.stderr.write(`sitrep: ${err.describe()} [${err.code}]\n`);
      return err.code === "INVALID_ARGUMENT" ? EXIT.usage : EXIT.failed;
    }
    process.stderr.write(
      `sitrep: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT.failed;
  }
}
