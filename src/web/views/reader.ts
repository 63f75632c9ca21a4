import { api } from "../api.ts";
import { factCard } from "../card.ts";
import { h, replace } from "../dom.ts";
import { type Fact, factsOf, KINDS, segments } from "../facts.ts";
import type { DocumentJson } from "../types.ts";

/** The document reader: the text with every fact highlighted by kind; a click opens the fact's card. */
export async function readerView(root: HTMLElement, id: string): Promise<void> {
  const doc = await api<DocumentJson>(`/documents/${encodeURIComponent(id)}`);
  const facts = factsOf(doc.result, doc.reviews);
  const side = h(
    "div",
    { class: "side" },
    h("p", { class: "hint" }, "Click a highlight to see its evidence."),
  );
  const shown = new Set<string>(KINDS);
  const body = h("div", { class: "reader-text", "data-testid": "reader-text" });
  const draw = (): void => {
    replace(body);
    for (const seg of segments(
      doc.result.text,
      facts.filter((f) => shown.has(f.kind)),
    )) {
      const text = doc.result.text.slice(seg.start, seg.end);
      if (seg.facts.length === 0) {
        body.append(text);
        continue;
      }
      const classes = [...new Set(seg.facts.map((f) => `hl-${f.kind}`))];
      if (seg.facts.some((f) => f.review?.action === "reject")) classes.push("hl-rejected");
      const el = h(
        "mark",
        { class: `hl ${classes.join(" ")}`, "data-kinds": seg.facts.map((f) => f.kind).join(" ") },
        text,
      );
      el.addEventListener("click", () => open(innermost(seg.facts)));
      body.append(el);
    }
  };
  const open = (fact: Fact): void =>
    replace(
      side,
      factCard(doc, fact, () => void readerView(root, id)),
    );
  const toggles = KINDS.map((kind) => {
    const box = h("input", { type: "checkbox", checked: true });
    box.addEventListener("change", () => {
      if (box.checked) shown.add(kind);
      else shown.delete(kind);
      draw();
    });
    const count = facts.filter((f) => f.kind === kind).length;
    return h("label", { class: `toggle hl-${kind}` }, box, ` ${kind}s (${count})`);
  });
  draw();
  const r = doc.result;
  replace(
    root,
    h("h2", {}, r.title ?? "Untitled document"),
    h(
      "p",
      { class: "meta" },
      `published ${r.published ?? "unknown"} · ${r.text.length.toLocaleString("en")} characters · ${r.stages.join(", ")}`,
    ),
    h("div", { class: "toggles" }, ...toggles),
    h("div", { class: "reader" }, body, side),
  );
}

/** The most specific fact under a click: the shortest span wins (a name inside a quote opens the name). */
function innermost(facts: Fact[]): Fact {
  return facts.reduce((best, f) => (f.end - f.start < best.end - best.start ? f : best));
}
