import { GIVEN_NAME_GENDER } from "./lexicon/given-names.ts";
import type { MentionGraph } from "./mention-graph.ts";
import { keyWords, nameKey } from "./names.ts";
import type { RoleFact } from "./roles.ts";
import type { TextView } from "./text-view.ts";
import { honorificAt } from "./title-match.ts";

export type Gender = "male" | "female";

const GENDERED_TITLES = new Map<string, Gender>([
  ["spokesman", "male"],
  ["spokeswoman", "female"],
  ["chairman", "male"],
  ["chairwoman", "female"],
  ["congressman", "male"],
  ["congresswoman", "female"],
  ["king", "male"],
  ["queen", "female"],
  ["prince", "male"],
  ["princess", "female"],
  ["sultan", "male"],
  ["emir", "male"],
  ["pope", "male"],
]);

/**
 * What the text says about each person's gender, by group root: an honorific before a mention
 * ("Ms. Roe"), a given name from our list, a gendered title ("spokeswoman"). Conflicting evidence
 * leaves the person without one. Pronoun resolution adds to this map as it goes.
 */
export function genderEvidence(
  view: TextView,
  graph: MentionGraph,
  roles: readonly RoleFact[],
): Map<number, Gender> {
  const votes = new Map<number, Set<Gender>>();
  const vote = (i: number, g: Gender | null | undefined): void => {
    if (!g) return;
    const root = graph.find(i);
    const set = votes.get(root) ?? new Set<Gender>();
    set.add(g);
    votes.set(root, set);
  };
  for (const i of graph.live()) {
    const m = graph.get(i);
    if (m.type !== "PERSON" || m.via === "pronoun" || m.via === "description") continue;
    const t = view.tokenStartingAt(m.start);
    if (t > 0) vote(i, honorificAt(view, t - 1));
    const words = keyWords(nameKey(view.slice(m)));
    if (words.length >= 2) vote(i, GIVEN_NAME_GENDER.get(words[0] ?? ""));
  }
  for (const r of roles) vote(r.person, GENDERED_TITLES.get(r.headKey));
  const out = new Map<number, Gender>();
  for (const [root, set] of votes) {
    const [only] = set;
    if (set.size === 1 && only) out.set(root, only);
  }
  return out;
}

/** The gender a third-person singular pronoun marks, or null when the token is none. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (["he", "him", "his", "himself"].includes(w)) return "male";
  if (["she", "her", "hers", "herself"].includes(w)) return "female";
  return null;
}
