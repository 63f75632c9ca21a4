import { api } from "../api.ts";
import { h, link, replace } from "../dom.ts";

/** A piece of evidence: a span of a stored document, linked to the reader. */
export interface EvidenceJson {
  docId: string;
  title: string | null;
  start: number;
  end: number;
  text: string;
  published?: string | null;
}

/** One line of evidence with its document. */
export function evidence(e: EvidenceJson): HTMLElement {
  return h(
    "li",
    { class: "evidence-line" },
    h("q", {}, e.text),
    " — ",
    link(`#/documents/${e.docId}`, e.title ?? e.docId.slice(0, 12)),
    e.published ? ` (${e.published})` : "",
  );
}

interface ActorRow {
  name: string;
  type: string;
  documents: number;
  mentions: number;
}

/** Actors across the dossier, most documents first. */
export async function actorsView(root: HTMLElement): Promise<void> {
  const { items } = await api<{ items: ActorRow[] }>("/actors?limit=300");
  replace(
    root,
    h("h2", {}, "Actors"),
    h(
      "table",
      { class: "list" },
      h(
        "tr",
        {},
        h("th", {}, "actor"),
        h("th", {}, "type"),
        h("th", {}, "documents"),
        h("th", {}, "mentions"),
      ),
      ...items.map((a) =>
        h(
          "tr",
          {},
          h("td", {}, link(`#/actors/${encodeURIComponent(a.name)}`, a.name)),
          h("td", {}, a.type),
          h("td", {}, a.documents),
          h("td", {}, a.mentions),
        ),
      ),
    ),
  );
}

interface ActorPage {
  name: string;
  type: string;
  aliases: string[];
  roles: { title: string; org: string | null }[];
  mentions: EvidenceJson[];
  quotes: (EvidenceJson & { direct: boolean })[];
  stances: (EvidenceJson & { polarity: string; proposal: string })[];
  events: (EvidenceJson & { type: string; when: string | null })[];
}

/** One actor: roles, quotes, positions and events across documents, each with its evidence. */
export async function actorView(root: HTMLElement, name: string): Promise<void> {
  const a = await api<ActorPage>(`/actors/${encodeURIComponent(name)}`);
  const section = (title: string, items: HTMLElement[]): HTMLElement =>
    h(
      "section",
      {},
      h("h3", {}, `${title} (${items.length})`),
      items.length ? h("ul", {}, ...items) : h("p", { class: "hint" }, "none found"),
    );
  replace(
    root,
    h("h2", {}, a.name),
    h("p", { class: "meta" }, `${a.type}${a.aliases.length ? ` · also: ${a.aliases.join(", ")}` : ""}`),
    section(
      "Roles",
      a.roles.map((r) => h("li", {}, r.title, r.org ? ` at ${r.org}` : "")),
    ),
    section("Quotes", a.quotes.map(evidence)),
    section(
      "Positions",
      a.stances.map((s) => h("li", {}, h("b", {}, `${s.polarity}: `), s.proposal, " ", h("q", {}, s.text))),
    ),
    section(
      "Events",
      a.events.map((e) => h("li", {}, h("b", {}, `${e.when ?? "undated"} ${e.type}: `), h("q", {}, e.text))),
    ),
    section("Mentions", a.mentions.slice(0, 100).map(evidence)),
  );
}

/** Full-text search with snippets. */
export async function searchView(root: HTMLElement, query: string): Promise<void> {
  const input = h("input", {
    type: "search",
    value: query,
    placeholder: "search the dossier",
    "aria-label": "search",
  });
  const form = h(
    "form",
    {
      onsubmit: (e) => {
        e.preventDefault();
        location.hash = `#/search/${encodeURIComponent(input.value)}`;
      },
    },
    input,
    h("button", { type: "submit" }, "Search"),
  );
  if (!query.trim()) return replace(root, h("h2", {}, "Search"), form);
  const { items } = await api<{
    items: { id: string; title: string | null; snippet: string; published: string | null }[];
  }>(`/search?q=${encodeURIComponent(query)}`);
  replace(
    root,
    h("h2", {}, "Search"),
    form,
    h(
      "ul",
      { class: "results" },
      ...items.map((hit) =>
        h(
          "li",
          {},
          link(`#/documents/${hit.id}`, hit.title ?? hit.id.slice(0, 12)),
          " ",
          h("span", { class: "snippet" }, hit.snippet),
        ),
      ),
    ),
  );
}
