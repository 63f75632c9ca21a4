/**
 * Verbs that say what happened to what a figure counts ("killed 14 civilians", "were displaced"), and
 * verbs that attribute a figure to a source ("X said"). General English only.
 */

/** Regular event verbs by base form; their -s, -ing and -ed forms are derived. */
const REGULAR = (
  "kill injure wound displace kidnap abduct evacuate rescue affect arrest detain free release infect " +
  "drown destroy damage reach assist vaccinate treat deploy relocate return intercept burn cross " +
  "execute massacre rape torture hospitalise hospitalize recruit register shelter collapse flood " +
  "test target support disappear starve help admit screen"
).split(" ");

/** Irregular event verbs: participle, then the other forms. */
const IRREGULAR: ReadonlyArray<readonly string[]> = [
  ["died", "die", "dies", "dying"],
  ["fled", "flee", "flees", "fleeing"],
  ["shot", "shoot", "shoots", "shooting"],
  ["fed", "feed", "feeds", "feeding"],
  ["lost", "lose", "loses", "losing"],
  ["taken", "take", "takes", "taking", "took"],
  ["went missing", "go missing", "goes missing", "going missing", "gone missing"],
];

function participleOf(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (base === "kidnap" || base === "admit") return `${base}${base.slice(-1)}ed`;
  if (base.endsWith("y") && !/[aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function ingOf(base: string): string {
  if (base === "kidnap" || base === "admit") return `${base}${base.slice(-1)}ing`;
  if (base.endsWith("e") && !base.endsWith("ee")) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** Every form of an event verb → { participle, base }. */
const FORMS: ReadonlyMap<string, { participle: string; base: string }> = (() => {
  const forms = new Map<string, { participle: string; base: string }>();
  for (const base of REGULAR) {
    const entry = { participle: participleOf(base), base };
    for (const form of [base, `${base}s`, ingOf(base), entry.participle]) forms.set(form, entry);
  }
  for (const [participle, base, ...rest] of IRREGULAR) {
    if (!participle || !base) continue;
    const entry = { participle, base };
    for (const form of [participle, base, ...rest]) forms.set(form, entry);
  }
  return forms;
})();

/** The event verb a word is a form of, or null ("killing" → killed/kill). */
export function eventVerb(word: string): { participle: string; base: string } | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}

/** States that follow "were/are/remain" and say what is counted ("remain missing", "left homeless"). */
export const STATE_WORDS: ReadonlySet<string> = new Set(
  "missing dead homeless injured hospitalised hospitalized malnourished unaccounted infected sick stranded trapped".split(
    " ",
  ),
);

/** Auxiliaries and adverbs that may stand between a counted noun and its participle. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  (
    "have has had were was are is been being be remain remained remains reportedly now already also " +
    "still allegedly currently left leaving reported believed feared thought confirmed estimated to"
  ).split(" "),
);

/** Verbs of saying and reporting: their subject is the figure's source. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  (
    "said says say told tells reported reports estimated estimates stated states announced announces " +
    "warned warns noted notes added adds confirmed confirms recorded records documented documents " +
    "registered wrote writes argued argues claimed claims tallied published found showed shows " +
    "indicated indicates counted warn note confirm claim state add find show indicate"
  ).split(" "),
);

/** Verbs linking a subject to its amount ("the death toll rose to 300", "coverage is below 60%"). */
export const LINKING_VERBS: ReadonlySet<string> = new Set(
  (
    "is was are were stands stood rose risen climbed increased jumped reached reaches hit hits surpassed " +
    "topped exceeded exceeds totalled totaled totals fell dropped declined estimated put amounts amounted " +
    "doubled tripled surged soared grown grew"
  ).split(" "),
);

/** Words in a sentence that make an amount of money a funding figure. */
export const FUNDING_CUE =
  /\b(?:fund\w*|pledg\w*|appeal\w*|donat\w*|grants?|aid|contribut\w*|needs|requires?|required|seek\w*|sought|requested|asked|provid\w*|received|raised|allocat\w*|disburs\w*|budget\w*)\b/i;
