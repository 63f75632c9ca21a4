import type { Mention, Token } from "../../model/layers.ts";
import type { Stage } from "../../pipeline/stage.ts";
import { isCapsLine, isTitleCaseLine } from "./headline.ts";
import { lowerKey, normForm } from "./normalize.ts";
import { sitrepType } from "./sitrep-types.ts";
import { entityTagger } from "./tagger.ts";

const wordKey = (w: string): string => lowerKey(normForm(w));
const UNTAGGABLE = new Set<Token["kind"]>(["url", "email"]);

/**
 * Adds the `mentions` layer: the trained tagger reads the whole document sentence by sentence
 * (so in-document history helps), and each entity becomes a Mention with a sitrep type.
 * Title-case headline lines are read upper-cased, as the training corpus writes headlines, and a
 * headline mention needs support from the body or the gazetteer; URLs and e-mail addresses never
 * belong to a mention.
 */
export const nerStage: Stage = {
  name: "ner",
  version: "3",
  requires: ["tokens", "sentences"],
  assigns: ["mentions"],
  run(doc) {
    const tokens = doc.get("tokens");
    const sentences = doc.get("sentences");
    const tagger = entityTagger();
    const { lowerWords, gazetteer } = tagger;
    const forms = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => doc.slice(t)));
    const headline = forms.map((f) => isTitleCaseLine(f, lowerWords) || isCapsLine(f));
    const read = forms.map((f, s) => (headline[s] ? f.map((w) => w.toUpperCase()) : f));
    const tagged = tagger.tagDocument(read);
    const found: { mention: Mention; words: string[]; headline: boolean }[] = [];
    sentences.forEach((sentence, s) => {
      for (const span of tagged[s] ?? []) {
        const first = sentence.tokenStart + span.start;
        const last = sentence.tokenStart + span.end - 1;
        const covered = tokens.slice(first, last + 1);
        if (covered.some((t) => UNTAGGABLE.has(t.kind))) continue;
        const start = tokens[first]?.start ?? 0;
        const end = tokens[last]?.end ?? 0;
        if (!/[\p{Lu}\p{N}]/u.test(doc.text.slice(start, end))) continue; // an all-lower-case "name" is noise
        const words = (forms[s] ?? []).slice(span.start, span.end);
        const mention: Mention = { start, end, type: sitrepType(span.type, words, gazetteer), via: "ner" };
        found.push({ mention, words, headline: headline[s] ?? false });
      }
    });
    // Headlines are unreliable: keep a headline mention only when the body or the gazetteer vouches
    // for one of its words, so "Heavy Rains Trigger" is dropped but "Kenyan … Haiti" is kept.
    const bodyWords = new Set(found.filter((f) => !f.headline).flatMap((f) => f.words.map(wordKey)));
    const vouched = (w: string): boolean => bodyWords.has(wordKey(w)) || gazetteer.lookupTokens([w]) !== 0;
    const mentions = found.filter((f) => !f.headline || f.words.some(vouched)).map((f) => f.mention);
    return { layers: { mentions } };
  },
};
