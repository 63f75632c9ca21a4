import type { Command } from "commander";
import { Dossier } from "../services/dossier/dossier.ts";
import { DB_OPTION_HELP, openStore } from "../store/open.ts";
import type { Store } from "../store/store.ts";
import { writeStdout } from "./io.ts";

/** Options every cross-document command takes. */
export interface DossierOptions {
  db?: string;
  json?: boolean;
}

/** Adds --db and --json to a command. */
export function withDossierOptions(cmd: Command): Command {
  return cmd.option("--db <file>", DB_OPTION_HELP).option("--json", "print JSON instead of text");
}

/**
 * Opens the store, loads the dossier, and prints what `view` returns: its JSON with --json, else the
 * text `describe` makes of it. The store is always closed.
 */
export async function dossierAction<T>(
  opts: DossierOptions,
  view: (d: Dossier, store: Store) => T | Promise<T>,
  describe: (value: T) => string,
): Promise<void> {
  const store = openStore(opts.db, { mustExist: true });
  try {
    const value = await view(await Dossier.load(store), store);
    await writeStdout(opts.json ? `${JSON.stringify(value)}\n` : describe(value));
  } finally {
    await store.close();
  }
}
