import { post } from "./api.ts";
import { h, link } from "./dom.ts";
import type { Fact } from "./facts.ts";
import type { DocumentJson, EntityJson, EventJson, FigureJson, QuoteJson, Span } from "./types.ts";

/** The card of one fact: what it is, its exact span, who said or counted it, the stage that made it, review. */
export function factCard(doc: DocumentJson, fact: Fact, reload: () => void): HTMLElement {
  const { result } = doc;
  const slice = (s: Span | null | undefined): string => (s ? result.text.slice(s.start, s.end) : "");
  const entityName = (id: string | null | undefined): string =>
    result.entities.find((e) => e.id === id)?.name ?? (id ? id : "—");
  const rows: [string, Node | string][] = [["text", h("q", { class: "evidence" }, slice(fact))]];
  rows.push(["span", `[${fact.start}, ${fact.end})`]);
  if (fact.kind === "quote") {
    const q = fact.item as QuoteJson;
    rows.push([
      "speaker",
      q.speaker ? actorLink(q.speaker, entityName(q.speaker)) : slice(q.speakerSpan) || "—",
    ]);
    if (q.cue) rows.push(["cue", slice(q.cue)]);
    if (q.chain?.length) rows.push(["chain", q.chain.map((l) => `${l.role}: ${slice(l)}`).join(" → ")]);
    if (q.hedged) rows.push(["hedged", "yes (the text reports it with reservations)"]);
  } else if (fact.kind === "figure") {
    const f = fact.item as FigureJson;
    rows.push([
      "value",
      `${f.qualifier ? `${f.qualifier} ` : ""}${f.value.toLocaleString("en")} ${f.unit ?? ""}`,
    ]);
    rows.push(["counts", f.what ?? "—"], ["source", actorLink(f.source, entityName(f.source))]);
    if (f.hxl) rows.push(["HXL", f.hxl]);
  } else if (fact.kind === "actor") {
    const e = fact.item as EntityJson;
    rows.push(["actor", actorLink(e.id, e.name)], ["type", e.type], ["aliases", e.aliases.join(", ") || "—"]);
  } else if (fact.kind === "event") {
    const e = fact.item as EventJson;
    const when = e.time !== null ? result.times[e.time]?.value : null;
    rows.push(["type", e.type], ["when", when ?? "—"], ["where", entityName(e.place)]);
    for (const p of e.participants) rows.push([p.role, p.entity ? entityName(p.entity) : slice(p.span)]);
  } else {
    for (const [k, v] of Object.entries(fact.item as Record<string, unknown>)) {
      if (typeof v === "string" || typeof v === "number") rows.push([k, String(v)]);
    }
  }
  // A correction outranks the extracted value: show it first, above the extracted rows.
  if (fact.review?.action === "correct" && fact.review.correction) {
    const fixes = Object.entries(fact.review.correction).map(([k, v]) => `${k} = ${String(v)}`);
    rows.splice(1, 0, ["corrected", h("strong", { "data-testid": "corrected-value" }, fixes.join(", "))]);
  }
  rows.push(["stage", doc.provenance[fact.layer] ?? "—"]);
  return h(
    "aside",
    { class: `card card-${fact.kind}`, "data-testid": "fact-card" },
    h("h3", {}, fact.label),
    h("dl", {}, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", { "data-field": k }, v)])),
    reviewBox(doc, fact, reload),
  );
}

function actorLink(id: string | null | undefined, name: string): Node | string {
  return id ? link(`#/actors/${encodeURIComponent(name)}`, name) : name;
}

/** Accept, reject or correct a fact; the review is stored with who and when and survives re-extraction. */
function reviewBox(doc: DocumentJson, fact: Fact, reload: () => void): HTMLElement {
  const status = fact.review
    ? h(
        "p",
        { class: `review review-${fact.review.action}`, "data-testid": "review-status" },
        `${fact.review.action}ed by ${fact.review.reviewer} on ${fact.review.at.slice(0, 10)}`,
      )
    : null;
  const field = correctionField(doc, fact);
  const note = h("input", {
    type: "text",
    placeholder: "correction",
    "aria-label": "correction",
    "data-testid": "correction",
  });
  if (field.current) note.value = field.current;
  const send = async (action: "accept" | "reject" | "correct"): Promise<void> => {
    const correction = action === "correct" ? { [field.name]: field.parse(note.value) } : null;
    await post("/reviews", {
      docId: doc.document.id,
      kind: fact.layer,
      start: fact.start,
      end: fact.end,
      action,
      correction,
    });
    reload();
  };
  return h(
    "div",
    { class: "review-box" },
    status,
    h("button", { onclick: () => void send("accept") }, "Accept"),
    h("button", { onclick: () => void send("reject") }, "Reject"),
    h("label", {}, `${field.name}: `, note),
    h("button", { onclick: () => void send("correct"), "data-testid": "correct" }, "Correct"),
  );
}

/** Which field a correction changes for each kind of fact. */
function correctionField(
  doc: DocumentJson,
  fact: Fact,
): { name: string; current: string; parse: (v: string) => unknown } {
  const item = fact.item as Record<string, unknown>;
  const reviewed = (fact.review?.correction ?? {}) as Record<string, unknown>;
  switch (fact.kind) {
    case "quote": {
      const id =
        (reviewed.speakerName as string) ??
        doc.result.entities.find((e) => e.id === item.speaker)?.name ??
        "";
      return { name: "speakerName", current: id, parse: (v) => v.trim() };
    }
    case "figure":
      return {
        name: "value",
        current: String(reviewed.value ?? item.value),
        parse: (v) => Number(v.replace(/,/g, "")),
      };
    case "time":
      return { name: "value", current: String(reviewed.value ?? item.value), parse: (v) => v.trim() };
    case "actor":
      return { name: "name", current: String(reviewed.name ?? item.name), parse: (v) => v.trim() };
    default:
      return { name: "type", current: String(reviewed.type ?? item.type ?? ""), parse: (v) => v.trim() };
  }
}
