import { lowerKey, normForm } from "./normalize.ts";

/** Gazetteer categories, as bits of an entry's mask. Order is part of the model format. */
export const GAZ_CATEGORIES = [
  "country",
  "region",
  "city",
  "bigcity",
  "demonym",
  "firstname",
  "group",
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** The bit of a category in a mask. */
export function gazBit(category: GazCategory): number {
  return 1 << GAZ_CATEGORIES.indexOf(category);
}

// Lower-case words that may sit inside a capitalised name ("Bosnia and Herzegovina", "Rio de Janeiro").
const LINKERS = new Set([
  "of",
  "and",
  "the",
  "de",
  "da",
  "do",
  "du",
  "des",
  "del",
  "la",
  "le",
  "el",
  "al",
  "y",
]);
const MAX_TOKENS = 6;

/** One token's gazetteer match: the categories of the longest name covering it and its position in it. */
export interface GazMatch {
  readonly mask: number;
  /** 0 begin, 1 inside, 2 last, 3 unit (single-token name). */
  readonly part: number;
}

/**
 * Names (countries, cities, given names, demonyms…) keyed by their lower-cased token sequence.
 * Matching is longest-first and only over capitalised tokens, so "chad" the verb never matches.
 */
export class Gazetteer {
  readonly #entries = new Map<string, number>();
  /** Every proper prefix of a multi-token key, so matching stops as soon as no longer name can follow. */
  readonly #prefixes = new Set<string>();

  #set(key: string, mask: number): void {
    this.#entries.set(key, (this.#entries.get(key) ?? 0) | mask);
    for (let at = key.indexOf(" "); at > 0; at = key.indexOf(" ", at + 1))
      this.#prefixes.add(key.slice(0, at));
  }

  /** Adds a name already split into tokens. */
  add(tokens: readonly string[], mask: number): void {
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return;
    const key = tokens.map((t) => lowerKey(normForm(t))).join(" ");
    this.#set(key, mask);
  }

  /** The category mask of a name given as text ("Papua New Guinea"), 0 when absent. */
  lookup(name: string): number {
    return this.lookupTokens(splitName(name));
  }

  /** The category mask of a name given as tokens, 0 when absent. */
  lookupTokens(tokens: readonly string[]): number {
    return this.#entries.get(tokens.map((t) => lowerKey(normForm(t))).join(" ")) ?? 0;
  }

  /** Entries as `key\tmask` lines, for the model file. */
  serialize(): string {
    return [...this.#entries].map(([k, m]) => `${k}\t${m}`).join("\n");
  }

  /** Reads what `serialize` wrote. */
  static parse(text: string): Gazetteer {
    const g = new Gazetteer();
    for (const line of text.split("\n")) {
      const tab = line.lastIndexOf("\t");
      if (tab > 0) g.#set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return g;
  }

  /** Per token of a sentence (given as lower-cased keys and capitalisation), the longest match covering it. */
  match(words: readonly { readonly lower: string; readonly cap: boolean }[]): (GazMatch | null)[] {
    const out: (GazMatch | null)[] = new Array(words.length).fill(null);
    let i = 0;
    while (i < words.length) {
      let best = 0;
      let bestMask = 0;
      if (words[i]?.cap) {
        let key = "";
        for (let n = 1; n <= MAX_TOKENS && i + n <= words.length; n++) {
          const w = words[i + n - 1] as { lower: string; cap: boolean };
          if (n > 1 && !w.cap && !LINKERS.has(w.lower)) break;
          key = n === 1 ? w.lower : `${key} ${w.lower}`;
          const mask = this.#entries.get(key);
          if (mask !== undefined && w.cap) {
            best = n;
            bestMask = mask;
          }
          if (!this.#prefixes.has(key)) break;
        }
      }
      if (best === 0) {
        i++;
        continue;
      }
      for (let j = 0; j < best; j++)
        out[i + j] = { mask: bestMask, part: best === 1 ? 3 : j === 0 ? 0 : j === best - 1 ? 2 : 1 };
      i += best;
    }
    return out;
  }
}

/** Splits a name into tokens the way news tokenizers do: on spaces, with "." kept only in initials. */
export function splitName(name: string): string[] {
  return name
    .replace(/([,()])/g, " $1 ")
    .replace(/(\p{L})(['’]s)(?!\p{L})/gu, "$1 $2")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}
