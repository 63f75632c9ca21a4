import type { Command } from "commander";
import { SitrepError } from "../../errors/errors.ts";
import { MAX_SEARCH_LIMIT, searchDocuments } from "../../services/search.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";
import { writeStdout } from "../io.ts";

interface SearchOptions {
  db?: string;
  limit?: string;
  json?: boolean;
  fts?: boolean;
}

/** `sitrep search QUERY`: full-text search over stored documents, with snippets. */
export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("full-text search over stored documents (title and text), best matches first")
    .argument("<query...>", 'words that must all occur; "quoted phrase"; word* for a prefix')
    .option("--db <file>", DB_OPTION_HELP)
    .option("--limit <n>", `most hits to show, 1–${MAX_SEARCH_LIMIT}`, "10")
    .option("--json", "print the hits as a JSON array ({id, externalId, title, published, snippet, score})")
    .option(
      "--fts",
      'the store\'s advanced syntax: SQLite FTS5 (OR, NOT, NEAR, title:word); on PostgreSQL "phrases", OR, NOT, -word',
    )
    .addHelpText(
      "after",
      `\nExamples:\n  sitrep search cholera vaccine\n  sitrep search '"humanitarian corridor"' --json\n  sitrep search --fts 'convoy OR checkpoint'`,
    )
    .action(async (words: string[], opts: SearchOptions) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit)) {
        throw new SitrepError(
          "INVALID_ARGUMENT",
          `--limit "${opts.limit}" is not a whole number`,
          "e.g. --limit 20",
        );
      }
      const store = openStore(opts.db, { mustExist: true });
      try {
        // A terminal gets bold matches; pipes and JSON get [brackets], which survive any viewer.
        const bold = !opts.json && process.stdout.isTTY;
        const highlight = bold ? (["\x1b[1m", "\x1b[22m"] as const) : (["[", "]"] as const);
        const query = words.join(" ");
        const hits = await searchDocuments(store, query, {
          limit,
          syntax: opts.fts ? "fts" : "plain",
          highlight,
        });
        if (opts.json) {
          await writeStdout(`${JSON.stringify(hits)}\n`);
          return;
        }
        if (hits.length === 0) {
          await writeStdout(`No documents match ${query}.\n`);
          return;
        }
        const lines = hits.flatMap((h, i) => [
          `${i + 1}. ${h.id.slice(0, 12)}  ${h.title ?? "(untitled)"}${h.published ? ` (${h.published})` : ""}`,
          `   ${h.snippet.replace(/\s+/g, " ").trim()}`,
        ]);
        await writeStdout(`${lines.join("\n")}\n`);
      } finally {
        await store.close();
      }
    });
}
