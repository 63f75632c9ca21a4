import type { Command } from "commander";
import { SitrepError } from "../../errors/errors.ts";
import { clip } from "../../services/documents-view.ts";
import { actorProfile } from "../../services/dossier/profile.ts";
import { DB_OPTION_HELP, openStore } from "../../store/open.ts";
import { type DossierOptions, dossierAction, withDossierOptions } from "../dossier-action.ts";
import { writeStdout } from "../io.ts";

/** `sitrep actors`, `sitrep actor NAME`, `sitrep actors merge|split A B`: actors across documents. */
export function registerActors(program: Command): void {
  const actors = withDossierOptions(
    program.command("actors").description("list actors across all stored documents, most documents first"),
  )
    .option("--limit <n>", "how many to list", "50")
    .action((opts: DossierOptions & { limit: string }) =>
      dossierAction(
        opts,
        (d) =>
          d
            .actors()
            .slice(0, Number(opts.limit))
            .map(({ refs: _refs, mentions, ...a }) => ({ ...a, mentions: mentions.length })),
        (list) =>
          list.length === 0
            ? "No actors yet: ingest documents first.\n"
            : `${list.map((a) => `${a.name.padEnd(40)} ${a.type.padEnd(7)} ${String(a.documents).padStart(3)} docs ${String(a.mentions).padStart(4)} mentions${a.aliases.length ? `  (${clip(a.aliases.join(", "), 60)})` : ""}`).join("\n")}\n`,
      ),
    );
  for (const action of ["merge", "split"] as const) {
    actors
      .command(action)
      .description(
        action === "merge" ? "declare two names one actor" : "declare two names two different actors",
      )
      .argument("<a>", "a name or alias")
      .argument("<b>", "another name or alias")
      .option("--db <file>", DB_OPTION_HELP)
      .option("--by <who>", "who decides (stored with the link)", process.env.USER ?? "analyst")
      .action(async (a: string, b: string, opts: { db?: string; by: string }) => {
        const store = openStore(opts.db, { mustExist: true });
        try {
          await store.putActorLink({ action, a, b, reviewer: opts.by, at: new Date().toISOString() });
          await writeStdout(
            `${action === "merge" ? "Merged" : "Split"} "${a}" and "${b}" (every view applies it from now on).\n`,
          );
        } finally {
          await store.close();
        }
      });
  }
  withDossierOptions(
    program
      .command("actor")
      .description("one actor across documents: roles, quotes, positions, events, mentions"),
  )
    .argument("<name>", "a name or alias (case and accents ignored)")
    .action((name: string, opts: DossierOptions) =>
      dossierAction(
        opts,
        (d) => {
          const actor = d.actor(name);
          if (!actor)
            throw new SitrepError("NOT_FOUND", `no actor named "${name}"`, "list them with `sitrep actors`");
          return actorProfile(d, actor);
        },
        (p) =>
          [
            `${p.name} (${p.type})${p.aliases.length ? ` — also: ${p.aliases.join(", ")}` : ""}`,
            ...section(
              "Roles",
              p.roles.map((r) => `${r.title}${r.org ? ` at ${r.org}` : ""}`),
            ),
            ...section(
              "Quotes",
              p.quotes.map((q) => `“${clip(q.text, 90)}” (${q.published ?? "undated"})`),
            ),
            ...section(
              "Positions",
              p.stances.map((s) => `${s.polarity}: ${s.proposal}`),
            ),
            ...section(
              "Events",
              p.events.map((e) => `${e.when ?? "undated"} ${e.type}: ${clip(e.text, 70)}`),
            ),
            ...section(
              "Mentions",
              p.mentions.slice(0, 10).map((m) => `${m.text} — ${m.title ?? m.docId.slice(0, 12)}`),
            ),
            "",
          ].join("\n"),
      ),
    );
}

/** A titled list, or nothing when empty. */
export function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ["", `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`)];
}
