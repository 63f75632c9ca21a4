import type { Span } from "../../model/span.ts";
import { looksPlural, looksVerbal, type TokenView } from "./context.ts";
import { DETERMINERS, HOUSEHOLD_NOUNS, PERSON_NOUNS, PHRASE_STOPS, TIME_NOUNS } from "./lexicon.ts";
import { AUXILIARIES, eventVerb, LINKING_VERBS, STATE_WORDS } from "./verbs.ts";

/** What a figure counts: the counted noun and what happened to it ("people" + "displaced"). */
export interface Counted {
  readonly noun: string | null;
  readonly nounSpan: Span | null;
  readonly predicate: string | null;
  readonly predicateSpan: Span | null;
}

/** Nouns that are heads on their own and end the phrase ("of the population faces…"). */
const MASS_HEADS = new Set(
  "population personnel staff police funding livestock cattle assistance".split(" "),
);
const OF_HEADS = new Set("cases incidents victims acts reports instances allegations violations".split(" "));
const PRONOUN_PEOPLE = new Set(["them", "those", "whom", "others", "other"]);
const APPOSITION = new Set(["among", "including", "mostly", "many", "most", "all", "mainly"]);
const PARTICLES = new Set(["down", "up", "out", "away", "off", "abroad"]);
const RELATIVES = new Set(["who", "that", "which"]);
const NEEDS = /^(?:need|needs|needed|require|requires|required)$/;
const NEED_OBJECTS =
  /^(?:aid|assistance|help|support|protection|food|humanitarian|urgent|emergency|life-saving|shelter)$/;
/** Multi-word states after the counted noun ("are out of school"). */
const STATE_PHRASES = ["out of school", "at risk", "in need", "in detention", "in hiding", "without shelter"];

const COUNT_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions|several)$/;

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ans|is)$/u;

const isHead = (w: string): boolean =>
  PERSON_NOUNS.has(w) || HOUSEHOLD_NOUNS.has(w) || MASS_HEADS.has(w) || looksPlural(w);

/** The counted noun phrase right after the number, from token `i` on, or null. */
export function nounAfter(
  v: TokenView,
  i: number,
  end: number,
  afterOf: boolean,
): { text: string; span: Span; next: number } | null {
  if (v.lower(i) === "of" && afterOf) i++;
  while (i < end && DETERMINERS.has(v.lower(i))) i++;
  // "a quarter of Gaza’s 2.3 million people": a possessor is a determiner here.
  // (and "the country’s health facilities": a possessor in lower case after "the")
  const possessive =
    /^['’]s$/.test(v.lower(i + 1)) && (/^\p{Lu}/u.test(v.word(i)) || DETERMINERS.has(v.lower(i - 1)));
  if (possessive) i += 2;
  // "14 of the 22 checkpoints": the noun follows the second number.
  if (v.kind(i) === "number" && (v.lower(i - 1) === "the" || possessive)) {
    i++;
    if (/^(?:million|billion|thousand|hundred)$/.test(v.lower(i))) i++;
  }
  if (PRONOUN_PEOPLE.has(v.lower(i)) && i < end) return { text: "people", span: v.span(i, i), next: i + 1 };
  const words: number[] = [];
  let head = -1;
  for (let j = i; j < end && words.length < 5; j++) {
    const w = v.lower(j);
    if (v.kind(j) !== "word" || PHRASE_STOPS.has(w) || TIME_NOUNS.has(w) || w === "’s" || w === "'s") {
      // "pupils and teachers", "contacts and front-line workers": a second head within three words.
      // …but "killed 51 workers and injured 20": a verb after "and" starts a new clause.
      // "300 soldiers and two helicopters": a second number starts a figure of its own.
      const second =
        w === "and" && head >= 0 && !eventVerb(v.lower(j + 1)) && !COUNT_WORD.test(v.lower(j + 1))
          ? [1, 2, 3].find((k) => isHead(v.lower(j + k)) && !eventVerb(v.lower(j + k)))
          : undefined;
      if (second !== undefined && [...Array(second).keys()].every((k) => v.kind(j + 1 + k) === "word")) {
        for (let k = 0; k <= second; k++) words.push(j + k);
        head = j + second;
        j += second;
        continue;
      }
      break;
    }
    if (NEEDS.test(w) && words.length > 0) break;
    if (
      (looksVerbal(w) || eventVerb(w)) &&
      !STATE_WORDS.has(w) &&
      (words.length > 0 || v.kind(j + 1) !== "word")
    )
      break;
    words.push(j);
    // "25 million Congolese", "2 million Syrians": a people named by its demonym.
    if (isHead(w) || (j === i && DEMONYM.test(v.word(j)))) head = j;
    if (MASS_HEADS.has(w) && head === j && !PERSON_NOUNS.has(v.lower(j + 1))) break;
  }
  // "cases of arbitrary detention", "victims of trafficking": the head takes its complement.
  if (
    head >= 0 &&
    head === words[words.length - 1] &&
    OF_HEADS.has(v.lower(head)) &&
    v.lower(head + 1) === "of"
  ) {
    let j = head + 2;
    while (j < end && j < head + 5 && v.kind(j) === "word" && !PHRASE_STOPS.has(v.lower(j))) j++;
    if (j > head + 2) head = j - 1;
  }
  // "incidents affecting civilians", "attacks targeting children": the participle and its object belong in.
  if (
    head >= 0 &&
    /ing$/.test(v.lower(head + 1)) &&
    eventVerb(v.lower(head + 1)) &&
    PERSON_NOUNS.has(v.lower(head + 2))
  )
    head += 2;
  if (head < 0) return null;
  const first = words[0] ?? head;
  const text = phraseText(v, first, head).replace(/^(?:other|others)$/, "people");
  return { text, span: v.span(first, head), next: head + 1 };
}

/** The words from token `first` to `last`, lower-cased except proper names inside the sentence. */
export function phraseText(v: TokenView, first: number, last: number): string {
  const parts: string[] = [];
  for (let j = first; j <= last; j++) {
    const w = v.word(j);
    const sentenceStart = j === 0 || /^[.!?]$/.test(v.word(j - 1));
    const keep = /^\p{Lu}/u.test(w) && !sentenceStart;
    const glue = j > first && (v.tokens[j - 1]?.end ?? 0) === (v.tokens[j]?.start ?? 0);
    parts.push((glue ? "" : j > first ? " " : "") + (keep ? w : w.toLowerCase()));
  }
  return parts.join("");
}

/** What happens to the counted thing after it: "have been displaced", "died", "remain missing", "in need". */
export function predicateAfter(
  v: TokenView,
  k: number,
  end: number,
  share = false,
): { text: string; span: Span } | null {
  if (v.word(k) === "," && APPOSITION.has(v.lower(k + 1))) {
    let j = k + 1;
    while (j < end && v.word(j) !== ",") j++;
    k = j + 1;
  }
  // "25 million people – half the population – face …": step over the aside between dashes.
  if (/^[–—]$/.test(v.word(k))) {
    let j = k + 1;
    while (j < end && j < k + 8 && !/^[–—]$/.test(v.word(j))) j++;
    if (/^[–—]$/.test(v.word(j))) k = j + 1;
  }
  if (RELATIVES.has(v.lower(k))) k++;
  // "face acute hunger", "are facing famine": the threat, in the text's words.
  const facing = /^(?:face|faces|facing)$/.test(v.lower(k))
    ? k
    : v.lower(k + 1) === "facing" && AUXILIARIES.has(v.lower(k))
      ? k + 1
      : -1;
  if (facing >= 0) {
    let j = facing + 1;
    // "facing high levels of acute food insecurity": "of" joins the threat's words.
    while (
      j < end &&
      j < facing + 8 &&
      v.kind(j) === "word" &&
      (!PHRASE_STOPS.has(v.lower(j)) || (v.lower(j) === "of" && j > facing + 1 && v.kind(j + 1) === "word"))
    )
      j++;
    if (j > facing + 1)
      return { text: `facing ${phraseText(v, facing + 1, j - 1)}`, span: v.span(facing, j - 1) };
  }
  // "two helicopters to rescue families": a purpose, not something that happened to them.
  const purpose = v.lower(k) === "to" ? eventVerb(v.lower(k + 1)) : null;
  if (purpose) return { text: `to ${purpose.base}`, span: v.span(k, k + 1) };
  let aux = 0;
  while (k < end && AUXILIARIES.has(v.lower(k)) && aux < 5) {
    k++;
    aux++;
  }
  const w = v.lower(k);
  for (const phrase of STATE_PHRASES) {
    const parts = phrase.split(" ");
    if (parts.every((p, n) => v.lower(k + n) === p))
      return { text: phrase, span: v.span(k, k + parts.length - 1) };
  }
  if (NEEDS.test(w) && NEED_OBJECTS.test(v.lower(k + 1))) return { text: "in need", span: v.span(k, k + 1) };
  // "forced from their homes", "driven from their homes": displaced, in the text's own words.
  if (/^(?:forced|driven|chased)$/.test(w) && v.lower(k + 1) === "from") {
    const home = /^(?:their|his|her|its)$/.test(v.lower(k + 2)) ? k + 3 : k + 2;
    if (/^homes?$/.test(v.lower(home))) return { text: `${w} from homes`, span: v.span(k, home) };
  }
  if ((w === "went" || w === "gone") && v.lower(k + 1) === "missing")
    return { text: "missing", span: v.span(k, k + 1) };
  if (STATE_WORDS.has(w)) return { text: w, span: v.span(k, k) };
  const verb = eventVerb(w);
  // "incidents affecting civilians", "attacks targeting children": the counted thing acts on people.
  if (verb && aux === 0 && w.endsWith("ing") && PERSON_NOUNS.has(v.lower(k + 1))) return null;
  // After an auxiliary, or right after a share ("a third funded"), any participle says what happened.
  if (verb || ((aux > 0 || share) && /^[a-z]+ed$/.test(w))) {
    const particle = PARTICLES.has(v.lower(k + 1)) ? k + 1 : k;
    const text = verb?.participle ?? w;
    return { text: particle > k ? `${text} ${v.lower(particle)}` : text, span: v.span(k, particle) };
  }
  return null;
}

/** An event verb right before the number ("killed 14", "to assist 4.6 million"). */
export function verbBefore(v: TokenView, i: number, begin: number): { text: string; span: Span } | null {
  if (/^(?:all|the|some|another|nearly|almost)$/.test(v.lower(i))) i--;
  if (i < begin) return null;
  const verb = eventVerb(v.lower(i));
  if (!verb) return null;
  if (v.lower(i - 1) === "to" && i - 1 >= begin) return { text: `to ${verb.base}`, span: v.span(i - 1, i) };
  return { text: verb.participle, span: v.span(i, i) };
}

/** The subject of a linking verb before the number ("the death toll had risen to", "coverage is below"). */
export function subjectBefore(v: TokenView, i: number, begin: number): { text: string; span: Span } | null {
  // "the agency put the death toll at 23", "put the toll as high as 150,000": the object of an estimating
  // verb, before "at" or "as high as".
  // (The qualifier "as high as" belongs to the figure, so the object can end right before it.)
  const asHighAs =
    v.lower(i) === "as" && /^(?:high|low|many|much)$/.test(v.lower(i - 1)) && v.lower(i - 2) === "as";
  const objectEnd = v.lower(i) === "at" ? i - 1 : asHighAs ? i - 3 : v.kind(i) === "word" ? i : -1;
  if (objectEnd >= begin) {
    const object = wordsBefore(v, objectEnd, begin);
    const verb = object ? object.before - (DETERMINERS.has(v.lower(object.before)) ? 1 : 0) : -1;
    if (object && verb >= begin && ESTIMATING.test(v.lower(verb))) return object.phrase;
  }
  let j = i;
  if (/^(?:at|to)$/.test(v.lower(j))) j--;
  // "have more than doubled in the past month to over 40,000": a time phrase between verb and figure.
  const time = /^(?:in|over|during|since|within)$/;
  for (let k = j; k >= begin && k > j - 6; k--) {
    if (!time.test(v.lower(k))) continue;
    const words = [...Array(j - k).keys()].map((n) => v.lower(k + 1 + n));
    if (
      words.every((w) =>
        /^(?:the|past|last|this|first|month|months|week|weeks|year|years|day|days|quarter|\d+)$/.test(w),
      )
    )
      j = k - 1;
    break;
  }
  let linked = false;
  for (let n = 0; n < 6 && j >= begin; n++, j--) {
    const w = v.lower(j);
    if (LINKING_VERBS.has(w)) linked = true;
    else if (!(AUXILIARIES.has(w) || /^(?:there|now|more|than|nearly|almost|roughly|sharply)$/.test(w)))
      break;
  }
  if (!linked) return null;
  const subject = wordsBefore(v, j, begin);
  if (!subject) return null;
  // "the death toll from the earthquake rose to": the toll is counted, not the earthquake ("the number of
  // displaced people" keeps its complement).
  let k = subject.before;
  if (DETERMINERS.has(v.lower(k))) k--;
  if (k > begin && /^(?:from|in|of|after)$/.test(v.lower(k))) {
    const head = wordsBefore(v, k - 1, begin);
    if (head && /^tolls?$/.test(v.lower(k - 1))) return head.phrase;
    // "cholera cases in Yemen have risen to": the cases are counted; the place is the figure's place.
    if (head && v.lower(k) === "in" && looksPlural(v.lower(k - 1))) return head.phrase;
  }
  return subject.phrase;
}

const ESTIMATING = /^(?:put|puts|putting|placed|places|estimated|estimates)$/;

/** Up to three words of a noun phrase ending at token `j`, and the token before them. */
function wordsBefore(
  v: TokenView,
  j: number,
  begin: number,
): { phrase: { text: string; span: Span }; before: number } | null {
  const words: number[] = [];
  while (j >= begin && words.length < 3) {
    const w = v.lower(j);
    if (v.kind(j) !== "word" || PHRASE_STOPS.has(w) || w === "’s" || w === "'s") break;
    words.unshift(j);
    j--;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  return { phrase: { text: phraseText(v, first, last), span: v.span(first, last) }, before: j };
}

/** Unit for a count from its noun and predicate: people, households, or count. */
export function countUnit(noun: string | null, predicate: string | null): string {
  // The head is before "of" and before a participle ("incidents affecting civilians" counts incidents).
  const head =
    noun
      ?.split(" of ")[0]
      ?.split(/ \p{L}+ing /u)[0]
      ?.split(" ")
      .pop() ?? "";
  // Nationalities in the plural count people ("32 Ethiopians", "Iraqis").
  const nationality = /^\p{Lu}\p{Ll}+(?:ans|ese|is)$/u.test(head);
  if (PERSON_NOUNS.has(head) || nationality || /\b(?:toll|deaths)\b/.test(noun ?? "")) return "people";
  if (HOUSEHOLD_NOUNS.has(head)) return "households";
  if (
    !noun &&
    predicate &&
    /^(?:killed|died|injured|wounded|displaced|kidnapped|abducted|missing|drowned|evacuated|rescued|freed|infected|dead|homeless|arrested|detained|in need|to assist|to vaccinate|reached|assisted|vaccinated|treated|sheltered|screened)$/.test(
      predicate,
    )
  )
    return "people";
  return "count";
}
