/** One sentence of a CoNLL-2003 file: token forms, the last column (gold, when present) and line numbers. */
export interface ConllSentence {
  readonly forms: string[];
  readonly gold: string[];
  readonly lines: number[];
}

/** A CoNLL-2003 file split into documents at -DOCSTART- lines. */
export interface ConllFile {
  readonly lines: string[];
  readonly docs: ConllSentence[][];
}

/** True for a -DOCSTART- line. */
export function isDocStart(line: string): boolean {
  return line.startsWith("-DOCSTART-");
}

/** Parses CoNLL-2003 text (`word POS chunk NER`, blank lines between sentences). */
export function parseConll(text: string): ConllFile {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const docs: ConllSentence[][] = [[]];
  let sentence: ConllSentence | null = null;
  lines.forEach((line, n) => {
    if (line.trim() === "" || isDocStart(line)) {
      sentence = null;
      if (isDocStart(line) && (docs[docs.length - 1]?.length ?? 0) > 0) docs.push([]);
      return;
    }
    const cols = line.trim().split(/\s+/);
    if (sentence === null) {
      sentence = { forms: [], gold: [], lines: [] };
      docs[docs.length - 1]?.push(sentence);
    }
    sentence.forms.push(cols[0] ?? "");
    sentence.gold.push(cols.length > 1 ? (cols[cols.length - 1] ?? "O") : "O");
    sentence.lines.push(n);
  });
  return { lines, docs: docs.filter((d) => d.length > 0) };
}
