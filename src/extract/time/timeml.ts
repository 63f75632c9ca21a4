import { findParagraphs } from "../sentences/paragraphs.ts";
import { splitSentences } from "../sentences/split.ts";
import { tokenize } from "../tokens/tokenize.ts";
import { tagTimes } from "./tag.ts";
import { decodeXmlText, rawEnd } from "./xml-text.ts";

/** The document creation time of a TempEval-3 file: the value of the TIMEX3 inside <DCT>, as YYYY-MM-DD. */
export function timemlDct(fileContent: string): string | null {
  const dct = /<DCT>[\s\S]*?<TIMEX3\b[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(fileContent);
  return dct?.[1] ?? null;
}

/**
 * Tags a TempEval-3 input file: returns it unchanged except for inline
 * `<TIMEX3 tid="tN" type="…" value="…">…</TIMEX3>` elements around the expressions inside <TEXT>.
 * Offsets are computed on the decoded text; the raw characters (entities included) are kept as they were.
 */
export function tagTimeml(fileContent: string): string {
  const open = /<TEXT>/.exec(fileContent);
  const closeAt = fileContent.indexOf("</TEXT>", open ? open.index : 0);
  if (!open || closeAt < 0) return fileContent;
  const bodyStart = open.index + open[0].length;
  const raw = fileContent.slice(bodyStart, closeAt);
  const decoded = decodeXmlText(raw);
  const tokens = tokenize(decoded.text);
  const sentences = splitSentences(decoded.text, tokens, findParagraphs(decoded.text));
  const exclude = tokens.filter((t) => t.kind === "url" || t.kind === "email");
  const { times } = tagTimes(decoded.text, { published: timemlDct(fileContent), sentences, exclude });
  let out = "";
  let at = 0;
  times.forEach((t, i) => {
    const start = decoded.rawOffsets[t.start] ?? 0;
    const end = rawEnd(decoded, raw, t.end);
    const mod = t.mod ? ` mod="${t.mod}"` : "";
    out += `${raw.slice(at, start)}<TIMEX3 tid="t${i + 1}" type="${t.type}" value="${t.value}"${mod}>${raw.slice(start, end)}</TIMEX3>`;
    at = end;
  });
  out += raw.slice(at);
  return fileContent.slice(0, bodyStart) + out + fileContent.slice(closeAt);
}
