import { api } from "../api.ts";
import { h, link, replace } from "../dom.ts";
import type { DocumentSummaryJson, Page } from "../types.ts";

/** The dossier's documents, newest ingest last, with an upload form for text, HTML or JSON lines. */
export async function documentsView(root: HTMLElement): Promise<void> {
  const page = await api<Page<DocumentSummaryJson>>("/documents?limit=200");
  const status = h("p", { class: "status", "data-testid": "upload-status" });
  const file = h("input", {
    type: "file",
    accept: ".txt,.html,.htm,.jsonl,.md",
    "data-testid": "upload-file",
  });
  const published = h("input", {
    type: "date",
    "aria-label": "published",
    "data-testid": "upload-published",
  });
  const upload = async (): Promise<void> => {
    const f = file.files?.[0];
    if (!f) {
      status.textContent = "Choose a file first.";
      return;
    }
    status.textContent = `Extracting ${f.name}…`;
    const qs = new URLSearchParams({
      name: f.name,
      ...(published.value ? { published: published.value } : {}),
    });
    const res = await fetch(`/api/documents?${qs}`, {
      method: "POST",
      body: f,
      headers: { "content-type": contentType(f.name) },
    });
    const body = (await res.json()) as { items?: { id: string; outcome: string }[]; message?: string };
    if (!res.ok) {
      status.textContent = `Not stored: ${body.message ?? res.statusText}`;
      return;
    }
    const first = body.items?.[0];
    status.textContent = `${body.items?.length ?? 0} document(s): ${body.items?.map((i) => i.outcome).join(", ")}`;
    if (first) location.hash = `#/documents/${first.id}`;
  };
  replace(
    root,
    h("h2", {}, "Documents"),
    h(
      "form",
      {
        class: "upload",
        onsubmit: (e) => {
          e.preventDefault();
          void upload();
        },
      },
      file,
      published,
      h("button", { type: "submit", "data-testid": "upload-submit" }, "Upload and extract"),
    ),
    status,
    page.items.length === 0
      ? h("p", {}, "No documents yet: upload one, or run `sitrep demo`.")
      : h(
          "table",
          { class: "list" },
          h(
            "tr",
            {},
            h("th", {}, "title"),
            h("th", {}, "published"),
            h("th", {}, "quotes"),
            h("th", {}, "figures"),
            h("th", {}, "actors"),
          ),
          ...page.items.map((d) =>
            h(
              "tr",
              {},
              h("td", {}, link(`#/documents/${d.id}`, d.title ?? d.source ?? d.id.slice(0, 12))),
              h("td", {}, d.published ?? "—"),
              h("td", {}, d.counts.quotes ?? 0),
              h("td", {}, d.counts.figures ?? 0),
              h("td", {}, d.counts.entities ?? 0),
            ),
          ),
        ),
  );
}

function contentType(name: string): string {
  if (/\.html?$/i.test(name)) return "text/html";
  if (/\.jsonl$/i.test(name)) return "application/x-ndjson";
  return "text/plain";
}
