import type { Command } from "commander";
import { clip } from "../../services/documents-view.ts";
import { nameKey } from "../../services/dossier/names.ts";
import { filterTimeline } from "../../services/dossier/timeline.ts";
import { parsePublished } from "../../services/input.ts";
import { type DossierOptions, dossierAction, withDossierOptions } from "../dossier-action.ts";

/** `sitrep quotes|timeline|figures|positions|divergences`: the cross-document views in the terminal. */
export function registerDossierViews(program: Command): void {
  withDossierOptions(
    program
      .command("quotes")
      .description("statements across documents, each with its reports, earliest first"),
  )
    .option("--speaker <name>", "only this speaker (name or alias)")
    .option("--since <date>", "only statements first reported on or after YYYY-MM-DD")
    .action((opts: DossierOptions & { speaker?: string; since?: string }) => {
      const since = parsePublished(opts.since, "--since");
      return dossierAction(
        opts,
        (d) =>
          d
            .statements()
            .filter(
              (s) =>
                !opts.speaker || (s.speaker !== null && nameKey(s.speaker).includes(nameKey(opts.speaker))),
            )
            .filter((s) => !since || (s.reports[0]?.published ?? "") >= since),
        (list) =>
          `${list
            .map(
              (s) =>
                `${s.speaker ?? "(unknown speaker)"}: “${clip(s.text, 100)}”\n  first: ${s.reports[0]?.published ?? "undated"} ${s.reports[0]?.title ?? ""}${s.reports.length > 1 ? `; ${s.reports.length} reports` : ""}`,
            )
            .join("\n")}\n`,
      );
    });
  withDossierOptions(
    program.command("timeline").description("events in time order; reports of one happening are one event"),
  )
    .option("--actor <name>", "only events involving this actor")
    .option("--from <date>", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "up to this date")
    .action((opts: DossierOptions & { actor?: string; from?: string; to?: string }) =>
      dossierAction(
        opts,
        (d) => {
          const { events, reports } = d.timeline();
          return { reports, events: filterTimeline(events, opts) };
        },
        ({ reports, events }) =>
          `${reports} event reports → ${events.length} events\n${events
            .map(
              (e) =>
                `${(e.when ?? `(${e.reported ?? "undated"})`).padEnd(12)} ${e.type.padEnd(14)} ${clip(e.label, 60)}${e.place ? ` (${e.place})` : ""}  [${e.reports.length} report${e.reports.length > 1 ? "s" : ""}]`,
            )
            .join("\n")}\n`,
      ),
    );
  withDossierOptions(
    program
      .command("figures")
      .description("figures as series: same what, place and period, every value with its source"),
  )
    .option("--what <word>", "only series whose 'what' contains this word")
    .option("--place <name>", "only series about this place")
    .action((opts: DossierOptions & { what?: string; place?: string }) =>
      dossierAction(
        opts,
        (d) =>
          d
            .series()
            .filter((s) => !opts.what || s.what.toLowerCase().includes(opts.what.toLowerCase()))
            .filter(
              (s) => !opts.place || (s.place !== null && nameKey(s.place).includes(nameKey(opts.place))),
            ),
        (list) =>
          `${list
            .map((s) =>
              [
                `${s.what}${s.place ? ` — ${s.place}` : ""}${s.period ? ` — ${s.period}` : ""}${s.hxl ? `  ${s.hxl}` : ""}`,
                ...s.points.map(
                  (p) =>
                    `  ${p.published ?? "undated"}  ${p.qualifier ? `${p.qualifier} ` : ""}${p.value.toLocaleString("en")} ${p.unit}  (${p.source ?? "unattributed"})`,
                ),
              ].join("\n"),
            )
            .join("\n")}\n`,
      ),
    );
  withDossierOptions(
    program.command("positions").description("who supports, opposes or conditions which proposal, over time"),
  )
    .option("--proposal <text>", "only proposals whose label contains this text")
    .action((opts: DossierOptions & { proposal?: string }) =>
      dossierAction(
        opts,
        (d) => {
          const p = d.positions();
          const keep = p.proposals.filter(
            (x) => !opts.proposal || nameKey(x.label).includes(nameKey(opts.proposal)),
          );
          const ids = new Set(keep.map((x) => x.id));
          return { proposals: keep, cells: p.cells.filter((c) => ids.has(c.proposal)) };
        },
        ({ proposals, cells }) =>
          `${proposals
            .map((x) =>
              [
                x.label,
                ...cells
                  .filter((c) => c.proposal === x.id)
                  .map(
                    (c) =>
                      `  ${(c.date ?? "undated").padEnd(10)} ${c.actor.padEnd(30)} ${c.polarity}${c.condition ? ` (${clip(c.condition, 50)})` : ""}`,
                  ),
              ].join("\n"),
            )
            .join("\n")}\n`,
      ),
    );
  withDossierOptions(
    program.command("divergences").description("where sources disagree about figures, and why"),
  ).action((opts: DossierOptions) =>
    dossierAction(
      opts,
      (d) => d.divergences(),
      (list) =>
        list.length === 0
          ? "No divergences found.\n"
          : `${list.map((x) => `${x.kind}: ${x.what}\n  ${x.explanation}`).join("\n")}\n`,
    ),
  );
}
