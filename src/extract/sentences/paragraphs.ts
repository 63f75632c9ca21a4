import type { Paragraph } from "../../model/layers.ts";
import { trimSpan } from "../../model/span.ts";

// A dateline opens the first paragraph: "PLACE, Country – " or "PLACE (Agency) — ". Every word of the
// place is capitalised, but for the particles of place names ("Port-au-Prince", "Rio de Janeiro").
const PLACE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|la|le|les|au|aux|of|el|da|do|dos|du|al|sur|upon)`;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?: ${PLACE_WORD}){0,4}`;
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:,\s*${PLACE}){0,2}\s*(?:\([^()\n]{1,40}\))?\s*[–—-]{1,2}\s+`,
  "u",
);

// Image credits, licence lines and bylines that are not article prose.
const CREDIT =
  /^(?:(?:featured |cover |header |top |lead )?(?:image|photo|picture|photograph|video)s?(?: credits?)?\s*[:|]|credits?\s*:|©|copyright\b|\(c\) )|creativecommons\.org\/licenses|\ball rights reserved\b|\blicensed under (?:a |the )?(?:cc|creative commons)/i;

/**
 * Splits text into paragraphs. Text with blank lines between blocks is taken to be hard-wrapped
 * (a paragraph per block); otherwise each non-empty line is a paragraph.
 */
export function findParagraphs(text: string): Paragraph[] {
  const blockMode = /\n[ \t\u00a0\u200b]*\n/.test(text);
  const separator = blockMode ? /\n[ \t\u00a0\u200b]*\n\s*/g : /\n+/g;
  const out: Paragraph[] = [];
  let from = 0;
  const add = (start: number, end: number): void => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) out.push({ ...span, role: "body" });
  };
  const addBlock = (start: number, end: number): void => {
    if (!blockMode) {
      add(start, end);
      return;
    }
    // Inside a block, a bullet or a heading line still stands alone ("HIGHLIGHTS", "• 225 people …").
    let lineStart = start;
    for (const m of text.slice(start, end).matchAll(/\n/g)) {
      const at = start + m.index;
      const line = text.slice(lineStart, at).trim();
      const next = text.slice(at + 1, Math.min(end, at + 3)).trimStart();
      // A wrapped line goes on in lower case ("The river rose\novernight."); a heading's next line does not.
      if (BULLET.test(next) || (isHeading(line) && /^[\p{Lu}\p{N}“"'‘(]/u.test(next))) {
        add(lineStart, at);
        lineStart = at + 1;
      }
    }
    add(lineStart, end);
  };
  for (const m of text.matchAll(separator)) {
    addBlock(from, m.index);
    from = m.index + m[0].length;
  }
  addBlock(from, text.length);
  return markRoles(text, out);
}

/** A list item's mark at the start of a line. */
const BULLET = /^(?:[•▪◦●○■□➢►–—*-]\s|\d{1,2}[.)]\s)/u;

/** A short line without closing punctuation: a heading or a list's label, not wrapped prose. */
function isHeading(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 60 &&
    !/[.,;:!?…"”’)]$/u.test(line) &&
    !/\b(?:the|a|an|of|and|to|in)$/i.test(line)
  );
}

function markRoles(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let datelineSeen = false;
  paragraphs.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    if (CREDIT.test(body) && body.length < 400) {
      out.push({ ...p, role: "credit" });
      return;
    }
    // The dateline opens the story: the first paragraph, or the second or third after a headline,
    // a byline or an editor's note. Only one per document.
    const dateline = i < 3 && !datelineSeen ? DATELINE.exec(body) : null;
    if (dateline && dateline[0].length < p.end - p.start) {
      datelineSeen = true;
      const datelineSpan = trimSpan(text, { start: p.start, end: p.start + dateline[0].length });
      // Keep only the place words, without the dash.
      const place = trimSpan(text, { start: datelineSpan.start, end: datelineSpan.end - 1 });
      out.push({ ...trimDash(text, place), role: "dateline" });
      out.push({ start: p.start + dateline[0].length, end: p.end, role: "body" });
      return;
    }
    out.push(p);
  });
  return out;
}

function trimDash(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let end = span.end;
  while (end > span.start && /[\s–—-]/.test(text[end - 1] ?? "")) end--;
  return { start: span.start, end };
}
