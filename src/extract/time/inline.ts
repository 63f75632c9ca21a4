import { decodeXmlText } from "./xml-text.ts";

/** An annotated expression read from an inline TimeML/TIMEX2 file, with offsets into the decoded text. */
export interface InlineTimex {
  readonly start: number;
  readonly end: number;
  readonly attrs: Readonly<Record<string, string>>;
}

/** The body of the <TEXT> element (raw), or the whole content when there is none. */
export function textElement(content: string): string {
  const open = /<TEXT>/.exec(content);
  const close = content.lastIndexOf("</TEXT>");
  return open && close > open.index ? content.slice(open.index + open[0].length, close) : content;
}

function parseAttrs(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attrs[m[1] ?? ""] = m[2] ?? "";
  return attrs;
}

/**
 * Reads the inline `tag` elements (TIMEX3 or TIMEX2) of a TEXT body: the decoded plain text and the outermost
 * elements' spans and attributes (nested TIMEX2s inside another are left out, as scorers compare top level).
 */
export function readInline(body: string, tag: string): { text: string; timexes: InlineTimex[] } {
  const { text, rawOffsets } = decodeXmlText(body);
  // Decoded offset for each raw offset, so a tag's raw position can be located in the text.
  const decodedAt = new Map<number, number>();
  for (let i = rawOffsets.length - 1; i >= 0; i--) decodedAt.set(rawOffsets[i] ?? 0, i);
  const toDecoded = (raw: number): number => {
    for (let r = raw; r <= body.length; r++) {
      const d = decodedAt.get(r);
      if (d !== undefined) return d;
    }
    return text.length;
  };
  const timexes: InlineTimex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  const re = new RegExp(`<(/?)${tag}\\b([^>]*?)(/?)>`, "g");
  for (const m of body.matchAll(re)) {
    const at = m.index ?? 0;
    if (m[1] === "/") {
      const open = stack.pop();
      if (open && stack.length === 0)
        timexes.push({ start: open.start, end: toDecoded(at), attrs: open.attrs });
    } else if (m[3] !== "/") {
      stack.push({ start: toDecoded(at + m[0].length), attrs: parseAttrs(m[2] ?? "") });
    }
  }
  return { text, timexes };
}
