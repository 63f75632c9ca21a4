import { api } from "../api.ts";
import { h, link, replace } from "../dom.ts";
import { type EvidenceJson, evidence } from "./lists.ts";

interface TimelineEvent {
  id: string;
  type: string;
  when: string | null;
  reported: string | null;
  label: string;
  place: string | null;
  actors: string[];
  reports: EvidenceJson[];
}

/** Events of the whole dossier in time order; each event lists the reports that describe it. */
export async function timelineView(root: HTMLElement): Promise<void> {
  const { items, reports } = await api<{ items: TimelineEvent[]; reports: number }>("/timeline");
  replace(
    root,
    h("h2", {}, "Timeline"),
    h("p", { class: "meta" }, `${reports} event reports → ${items.length} events`),
    h(
      "ol",
      { class: "timeline" },
      ...items.map((e) =>
        h(
          "li",
          {},
          h("time", {}, e.when ?? `undated (reported ${e.reported ?? "?"})`),
          h("b", {}, ` ${e.type}`),
          ` — ${e.label}`,
          e.place ? ` (${e.place})` : "",
          e.actors.length
            ? h(
                "div",
                { class: "actors" },
                ...e.actors.map((a) => link(`#/actors/${encodeURIComponent(a)}`, a)),
              )
            : null,
          h("ul", {}, ...e.reports.map(evidence)),
        ),
      ),
    ),
  );
}

interface SeriesPoint extends EvidenceJson {
  value: number;
  unit: string;
  qualifier: string | null;
  source: string | null;
}
interface Series {
  key: string;
  what: string;
  place: string | null;
  period: string | null;
  points: SeriesPoint[];
}

/** Figures grouped into series (same what, place and period), each with a small chart. */
export async function figuresView(root: HTMLElement): Promise<void> {
  const { series } = await api<{ series: Series[] }>("/figures");
  replace(
    root,
    h("h2", {}, "Figures"),
    ...series.map((s) =>
      h(
        "section",
        { class: "series" },
        h("h3", {}, `${s.what}${s.place ? ` — ${s.place}` : ""}${s.period ? ` — ${s.period}` : ""}`),
        chart(s.points),
        h(
          "table",
          { class: "list" },
          h(
            "tr",
            {},
            h("th", {}, "value"),
            h("th", {}, "source"),
            h("th", {}, "reported"),
            h("th", {}, "evidence"),
          ),
          ...s.points.map((p) =>
            h(
              "tr",
              {},
              h(
                "td",
                {},
                `${p.qualifier ? `${p.qualifier} ` : ""}${p.value.toLocaleString("en")}${unitLabel(p.unit)}`,
              ),
              h("td", {}, p.source ?? "—"),
              h("td", {}, p.published ?? "—"),
              h("td", {}, link(`#/documents/${p.docId}`, p.text)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A bar per reported value, drawn as SVG (no chart library: a handful of rectangles). */
function chart(points: SeriesPoint[]): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const w = 480;
  const barH = 18;
  svg.setAttribute("viewBox", `0 0 ${w} ${points.length * (barH + 6) + 4}`);
  svg.setAttribute("class", "chart");
  const max = Math.max(1, ...points.map((p) => p.value));
  points.forEach((p, i) => {
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("x", "0");
    rect.setAttribute("y", String(i * (barH + 6) + 2));
    rect.setAttribute("height", String(barH));
    rect.setAttribute("width", String(Math.max(2, (p.value / max) * (w - 160))));
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", String((p.value / max) * (w - 160) + 6));
    label.setAttribute("y", String(i * (barH + 6) + 15));
    label.textContent = `${p.value.toLocaleString("en")} · ${p.source ?? "unattributed"}`;
    svg.append(rect, label);
  });
  return svg;
}

interface Positions {
  actors: string[];
  proposals: { id: string; label: string }[];
  cells: {
    actor: string;
    proposal: string;
    polarity: string;
    date: string | null;
    text: string;
    docId: string;
  }[];
}

/** Actors × proposals: who supports, opposes or conditions what, and when. */
export async function positionsView(root: HTMLElement): Promise<void> {
  const p = await api<Positions>("/positions");
  const cell = (actor: string, proposal: string): HTMLElement => {
    const cs = p.cells.filter((c) => c.actor === actor && c.proposal === proposal);
    return h(
      "td",
      { class: cs.map((c) => `pol-${c.polarity}`).join(" ") },
      ...cs.map((c) => h("div", { title: c.text }, `${c.polarity}${c.date ? ` (${c.date})` : ""}`)),
    );
  };
  replace(
    root,
    h("h2", {}, "Positions"),
    h(
      "table",
      { class: "matrix" },
      h("tr", {}, h("th", {}, "actor \\ proposal"), ...p.proposals.map((x) => h("th", {}, x.label))),
      ...p.actors.map((a) =>
        h(
          "tr",
          {},
          h("th", {}, link(`#/actors/${encodeURIComponent(a)}`, a)),
          ...p.proposals.map((x) => cell(a, x.id)),
        ),
      ),
    ),
  );
}

interface Divergence {
  kind: string;
  what: string;
  explanation: string;
  evidence: EvidenceJson[];
}

/** Where sources disagree, and why (period, definition, superseded, other source, real conflict). */
export async function divergencesView(root: HTMLElement): Promise<void> {
  const { items } = await api<{ items: Divergence[] }>("/divergences");
  replace(
    root,
    h("h2", {}, "Divergences"),
    items.length === 0 ? h("p", { class: "hint" }, "No divergences found.") : null,
    ...items.map((d) =>
      h(
        "section",
        { class: "divergence" },
        h("h3", {}, `${d.kind}: ${d.what}`),
        h("p", {}, d.explanation),
        h("ul", {}, ...d.evidence.map(evidence)),
      ),
    ),
  );
}

/** " percent", " USD"…; nothing for plain counts of people or things. */
function unitLabel(unit: string): string {
  return unit === "people" || unit === "count" ? "" : unit === "percent" ? "%" : ` ${unit}`;
}
