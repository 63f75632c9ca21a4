import { parseConll } from "./conll-io.ts";
import { spansToIob2 } from "./labels.ts";
import { entityTagger, tagAll } from "./tagger.ts";

/**
 * Tags a whole CoNLL-2003 file. Every input line is repeated; each token line gets one more column,
 * the predicted IOB2 tag. Blank and -DOCSTART- lines are kept as they are. Only the first column (the
 * word) is read: the gold column never reaches the tagger. Documents are tagged in one batch.
 */
export function tagConll(input: string): string {
  const file = parseConll(input);
  const out = [...file.lines];
  const tagged = tagAll(
    entityTagger(),
    file.docs.map((doc) => doc.map((s) => s.forms)),
  );
  file.docs.forEach((doc, d) => {
    const spans = tagged[d] ?? [];
    doc.forEach((sentence, s) => {
      const tags = spansToIob2(spans[s] ?? [], sentence.forms.length);
      sentence.lines.forEach((n, i) => {
        out[n] = `${out[n]} ${tags[i]}`;
      });
    });
  });
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
