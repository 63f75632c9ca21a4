import { createRequire } from "node:module";
import { SitrepError } from "../errors/errors.ts";
import type { DocMetaInput } from "../model/doc.ts";
import { htmlMetadata } from "./html-meta.ts";

/** True when the content is HTML: it opens with a doctype, an html/head/body tag or a comment. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(head)) return true;
  return head.startsWith("<") && /<(?:p|div|article|section|h1|title)[\s>]/i.test(head);
}

// linkedom and Readability take a quarter of a second to load: only documents that are HTML pay for it.
const require = createRequire(import.meta.url);
let libs: {
  parseHTML: typeof import("linkedom").parseHTML;
  Readability: typeof import("@mozilla/readability").Readability;
} | null = null;
function htmlLibs(): NonNullable<typeof libs> {
  libs ??= {
    parseHTML: require("linkedom").parseHTML,
    Readability: require("@mozilla/readability").Readability,
  };
  return libs;
}

const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "DIV",
  "SECTION",
  "ARTICLE",
  "TD",
  "TH",
  "DD",
  "DT",
  "FIGCAPTION",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "MAIN",
  "TR",
  "UL",
  "OL",
  "TABLE",
]);
// Picture captions are not article prose: their present tense ("Smoke rises … on Sunday") misleads dates.
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "BUTTON",
  "FORM",
  "NAV",
  "FIGCAPTION",
]);

/**
 * Extracts the main article text of an HTML page (Mozilla Readability over linkedom) as paragraphs
 * separated by blank lines, with title, author, published date and URL from meta tags and JSON-LD.
 * The returned text is what every offset refers to.
 */
export function extractHtml(html: string, label: string): { text: string; meta: DocMetaInput } {
  const { parseHTML, Readability } = htmlLibs();
  // linkedom leaves a bare fragment without a body: give it one so the walk below has a root.
  const page = /<body[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = htmlMetadata(document);
  let root: Element | null = null;
  try {
    // Readability mutates the document it is given: give it a copy so metadata reads stay valid.
    const article = new Readability(parseHTML(page).document as unknown as Document).parse();
    if (article?.content) root = parseHTML(`<html><body>${article.content}</body></html>`).document.body;
    if (!meta.title && article?.title) meta.title = article.title;
    if (!meta.byline && article?.byline) meta.byline = article.byline.trim();
  } catch {
    // Readability gives up on some malformed pages; the body walk below still gets their text.
  }
  let text = root ? blocksToText(root) : "";
  const body = (document.body ?? document.documentElement) as unknown as Element | null;
  if (text.trim().length < 40 && body) text = blocksToText(body);
  if (text.trim().length === 0) {
    throw new SitrepError(
      "INPUT_NO_TEXT",
      `${label}: no article text found in this HTML`,
      "check that the page contains the article body (not only scripts), or save it as plain text",
    );
  }
  return { text, meta: { ...meta, format: "html" } };
}

/** Walks the DOM, collapsing HTML white space inside blocks and separating blocks with blank lines. */
function blocksToText(root: Element): string {
  const blocks: string[] = [];
  let current = "";
  const flush = (): void => {
    const block = current.replace(/[ \t\n\r\f]+/g, " ").trim();
    if (block) blocks.push(block);
    current = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === "BR") {
      current += " ";
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}
