/**
 * Plain text from an XML fragment with a map back to the raw characters, so expressions found in the
 * decoded text can be tagged in the original without changing a single character of it.
 */

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decoded text and, for each decoded offset 0…length, the raw offset it starts at. */
export interface DecodedXml {
  readonly text: string;
  readonly rawOffsets: readonly number[];
}

/** Decodes entities and drops tags (markup contributes no text). Unknown entities are kept as written. */
export function decodeXmlText(raw: string): DecodedXml {
  let text = "";
  const rawOffsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? "";
    if (ch === "<") {
      const close = raw.indexOf(">", i);
      i = close < 0 ? raw.length : close + 1;
      continue;
    }
    if (ch === "&") {
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(raw.slice(i, i + 12));
      const name = entity?.[1];
      if (entity && name) {
        const decoded = name.startsWith("#x")
          ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
          : name.startsWith("#")
            ? String.fromCodePoint(Number.parseInt(name.slice(1), 10))
            : NAMED[name.toLowerCase()];
        if (decoded !== undefined) {
          for (let k = 0; k < decoded.length; k++) rawOffsets.push(i);
          text += decoded;
          i += entity[0].length;
          continue;
        }
      }
    }
    rawOffsets.push(i);
    text += ch;
    i++;
  }
  rawOffsets.push(raw.length);
  return { text, rawOffsets };
}

/** The raw offset just after the decoded character before `end` (so a span never ends inside an entity). */
export function rawEnd(decoded: DecodedXml, raw: string, end: number): number {
  if (end === 0) return decoded.rawOffsets[0] ?? 0;
  const lastStart = decoded.rawOffsets[end - 1] ?? 0;
  if (raw[lastStart] === "&") return raw.indexOf(";", lastStart) + 1;
  return lastStart + 1;
}
