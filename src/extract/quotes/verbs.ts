/**
 * Reporting verbs, written for this project. The list draws on facts from the Gender Gap
 * Tracker's quote verb list (sfu-discourse-lab/GenderGapTracker, `quote_verb_list.txt`, MIT
 * licence), extended with common newsroom verbs; inflections are generated here, not listed.
 */

const list = (s: string): string[] => s.trim().split(/\s+/);

/** Verbs whose complement is what was said (most introduce indirect speech readily). */
const SPEECH = list(`
  say tell write report add claim argue note warn explain insist state announce acknowledge admit confirm
  suggest assert declare stress emphasize emphasise reply respond tweet testify maintain concede contend
  allege predict recall observe remark comment mention indicate reiterate repeat assure reassure remind
  inform notify caution complain conclude clarify deny agree counter retort quip joke continue post
  affirm proclaim exclaim signal concur lament boast vow promise pledge estimate believe think recount
  disclose reveal underline underscore highlight charge object cry shout yell whisper muse speculate
  propose advise answer blog email text describe urge ask call demand reckon relate specify tout hint
  recommend surmise theorize wonder brief`);

/** Two-word reporting verbs; "express concern" and its kin report what follows "that". */
const PHRASAL = [
  "point out",
  "write back",
  "express concern",
  "voice concern",
  "express hope",
  "voice hope",
  "express fear",
  "voice fear",
  "express regret",
  "express confidence",
  "express alarm",
];

/** Verbs that mark a quote only next to quotation marks (they rarely take a "that" clause). */
const QUOTE_ONLY = new Set(
  list(`
  chant sing scream mutter murmur sniff snap crow stutter blurt scold gush plead beg rave laugh sigh read
  begin go`),
);

/** Verbs with many other senses: they report speech only with "that" or quotation marks. */
const WEAK = new Set([
  ...list(`
  add describe urge ask call demand continue post text email answer object charge counter signal highlight
  agree estimate believe think wonder propose advise recommend relate tout vow promise pledge cry deny
  remind inform notify assure reassure brief respond reply retort`),
  ...PHRASAL.filter((p) => /^(?:express|voice) /.test(p)),
]);

/** Reporting verbs that are also common nouns ("a report", "the state", "his claims", "a note"). */
export const NOUN_LIKE: ReadonlySet<string> = new Set(
  list(`
  state report comment note claim call post answer reply remark tweet text cry estimate repeat demand
  promise pledge vow charge object counter signal highlight email blog joke quip sigh laugh shout yell
  whisper chant read begin go muse mention plead continue respond ask urge describe add advise sing crow
  snap sniff concur boast lament conclude maintain brief`),
);

/** Lemmas that take the addressee right after the verb ("told reporters", "wrote the Council"). */
export const TAKES_RECIPIENT: ReadonlySet<string> = new Set(
  list(`
  tell write assure reassure remind inform notify warn ask urge email text answer advise promise caution brief`),
);

const IRREGULAR: Record<string, readonly string[]> = {
  say: list("say says said saying"),
  tell: list("tell tells told telling"),
  write: list("write writes wrote written writing"),
  read: list("read reads reading"),
  think: list("think thinks thought thinking"),
  sing: list("sing sings sang sung singing"),
  begin: list("begin begins began begun beginning"),
  go: list("go goes went going"),
  "write back": ["write back", "writes back", "wrote back", "writing back"],
  "point out": ["point out", "points out", "pointed out", "pointing out"],
};

// Short stressed stems that double their last consonant (quip → quipped, admit → admitted).
const DOUBLING = /^(?:quip|admit|snap|blog|sob|regret|commit)$/;

/** The inflections of a verb: base, -s, -ed, -ing (irregular verbs from a table). */
export function inflect(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return [...irregular];
  const space = verb.indexOf(" ");
  if (space > 0) return inflect(verb.slice(0, space)).map((form) => form + verb.slice(space));
  const forms = new Set<string>([verb]);
  const consY = /[^aeiou]y$/.test(verb);
  forms.add(consY ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);
  const stem = DOUBLING.test(verb) ? verb + verb.at(-1) : verb;
  if (verb.endsWith("e")) forms.add(`${verb}d`).add(`${verb.slice(0, -1)}ing`);
  else if (consY) forms.add(`${verb.slice(0, -1)}ied`).add(`${verb}ing`);
  else forms.add(`${stem}ed`).add(`${stem}ing`);
  return [...forms];
}

/** Every inflected form of a reporting verb (one or two words), mapped to its lemma. */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(
  [...SPEECH, ...PHRASAL, ...QUOTE_ONLY].flatMap((lemma) =>
    inflect(lemma).map((form) => [form, lemma] as const),
  ),
);

/** True when the lemma can open reported speech without a "that" after it. */
export function introducesIndirect(lemma: string): boolean {
  return !WEAK.has(lemma) && !QUOTE_ONLY.has(lemma);
}
