import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { SitrepError } from "../../errors/errors.ts";
import { createApp } from "../../http/app.ts";
import { isLoopback } from "../../http/security.ts";
import { runDemo } from "../../services/demo.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  token?: string;
  demo?: boolean;
}

/** `sitrep serve`: the HTTP API and the web page over a store. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web page and the HTTP API over a store")
    .option("--db <file>", DB_OPTION_HELP)
    .option("--port <n>", "port to listen on (0: any free port)", "8321")
    .option("--host <host>", "address to listen on; beyond loopback an access token is required", "127.0.0.1")
    .option(
      "--token <token>",
      "access token for the API (default: $SITREP_TOKEN; generated when listening beyond loopback)",
    )
    .option("--demo", "build the demo dossier in the store first (what `npm start` does)")
    .addHelpText(
      "after",
      '\nExamples:\n  sitrep serve --db crisis.db\n  sitrep serve --host 0.0.0.0 --port 8080 --token "$(openssl rand -hex 16)"',
    )
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new SitrepError(
          "INVALID_ARGUMENT",
          `--port ${opts.port} is not a port number`,
          "give a number from 0 to 65535",
        );
      }
      let token = opts.token ?? process.env.SITREP_TOKEN ?? null;
      if (!token && !isLoopback(opts.host)) token = randomBytes(16).toString("hex");
      const store = openStore(opts.db);
      if (opts.demo) {
        const { ingest, stats } = await runDemo(store);
        process.stdout.write(
          `sitrep: demo dossier of fictional reports: ${ingest.added} added, ${ingest.unchanged} unchanged; ` +
            `${stats.documents} documents, ${stats.entities} actors, ${stats.quotes} quotes, ${stats.figures} figures, ${stats.times} dates\n`,
        );
      }
      const app = createApp({ store, token });
      const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
        const url = `http://${host}:${info.port}/${token ? `?token=${token}` : ""}`;
        process.stdout.write(`sitrep: serving ${store.location} at ${url}\n`);
        if (token && !opts.token && !process.env.SITREP_TOKEN)
          process.stdout.write(`sitrep: API token ${token} (send it as Authorization: Bearer TOKEN)\n`);
      });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          server.close(() => resolve());
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await store.close();
    });
}
