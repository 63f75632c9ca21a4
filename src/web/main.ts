import { ApiError } from "./api.ts";
import { h, replace } from "./dom.ts";
import { divergencesView, figuresView, positionsView, timelineView } from "./views/analysis.ts";
import { documentsView } from "./views/documents.ts";
import { actorsView, actorView, searchView } from "./views/lists.ts";
import { readerView } from "./views/reader.ts";

const main = document.getElementById("main") as HTMLElement;

/** Hash routes: #/documents, #/documents/ID, #/actors, #/actors/NAME, #/timeline, #/figures, … */
async function route(): Promise<void> {
  const [, section = "documents", arg = ""] = location.hash.split("/").map(decodeURIComponent);
  for (const a of document.querySelectorAll("nav a"))
    a.classList.toggle("active", a.getAttribute("href") === `#/${section}`);
  replace(main, h("p", { class: "hint" }, "Loading…"));
  try {
    if (section === "documents") await (arg ? readerView(main, arg) : documentsView(main));
    else if (section === "actors") await (arg ? actorView(main, arg) : actorsView(main));
    else if (section === "timeline") await timelineView(main);
    else if (section === "figures") await figuresView(main);
    else if (section === "positions") await positionsView(main);
    else if (section === "divergences") await divergencesView(main);
    else if (section === "search") await searchView(main, arg);
    else replace(main, h("p", {}, "Nothing here."));
  } catch (err) {
    const message = err instanceof ApiError ? `${err.message} (${err.code})` : String(err);
    replace(main, h("p", { class: "error", role: "alert" }, message));
  }
}

window.addEventListener("hashchange", () => void route());
void route();
