import { readFileSync } from "node:fs";
import { withMeta } from "../extract.ts";
import { type DocumentInput, fromString } from "../input.ts";

/**
 * The demo dossier: five short reports about an invented crisis (floods and cholera in the fictional
 * Brenholt Province of the fictional Oskaria), written by the sitrep team. Every file says on its
 * first line that it is fictional, and every input carries `fictional: true` here. They are written
 * to exercise the extractors: acronym definitions, titled people, direct and reported quotes
 * ("according to"), figures with qualifiers, relative dates, and one near-miss acronym (OCRO for
 * ORCO in the last report).
 */
export const DEMO_REPORTS = [
  {
    file: "01-floods-seravik.txt",
    title: "Floods cut off Seravik as cholera cases climb",
    published: "2031-04-14",
  },
  {
    file: "02-orls-update.txt",
    title: "ORLS Situation Update No. 3: Brenholt Province floods",
    published: "2031-04-16",
  },
  {
    file: "03-jhmo-letter.txt",
    title: "Letter from the Head of the JHMO to the Regional Council",
    published: "2031-04-18",
  },
  {
    file: "04-convoys-blocked.txt",
    title: "Armed group turns back aid convoy near Koss",
    published: "2031-04-21",
  },
  {
    file: "05-ministry-briefing.txt",
    title: "Ministry of Health briefing on the cholera outbreak",
    published: "2031-04-23",
  },
] as const;

/** Marks the demo files carry on their first line. */
export const FICTIONAL_MARK = "FICTIONAL SAMPLE REPORT";

/** The demo reports as pipeline inputs, with their titles and publication dates. */
export function demoInputs(): { source: string; input: DocumentInput; fictional: true }[] {
  return DEMO_REPORTS.map((report) => {
    const text = readFileSync(new URL(report.file, import.meta.url), "utf8");
    const base = fromString(text, report.file);
    return {
      source: `demo/${report.file}`,
      input: withMeta(base, { title: report.title, published: report.published }),
      fictional: true as const,
    };
  });
}
