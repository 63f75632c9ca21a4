import type { EventParticipant } from "../../model/layers.ts";
import type { Found } from "./arguments.ts";
import type { TriggerContext } from "./context.ts";
import { entityOf, phraseRight } from "./phrases.ts";
import type { EventType } from "./types.ts";
import { DETERMINERS, POSSESSIVE_PRONOUNS } from "./words.ts";

type Role = EventParticipant["role"];

const HARM: Record<string, Role> = { by: "agent", of: "victim", from: "agent" };

/** Which role a prepositional phrase after the trigger fills, per event type. */
const PREP_ROLES: Record<EventType, Record<string, Role>> = {
  attack: { ...HARM, on: "victim", against: "victim" },
  killing: HARM,
  death: { of: "victim" },
  assassination: HARM,
  arrest: HARM,
  kidnapping: HARM,
  displacement: { of: "victim", by: "agent" },
  deployment: { of: "theme", by: "agent" },
  withdrawal: { of: "theme", by: "agent" },
  publication: { by: "agent", of: "theme" },
  letter: { to: "recipient", from: "agent", by: "agent" },
  statement: { to: "recipient", from: "agent", by: "agent" },
  request: { to: "recipient", from: "agent", by: "agent", for: "theme" },
  decision: { by: "agent", on: "theme" },
  vote: { by: "agent", on: "theme" },
  funding: { to: "recipient", for: "recipient", from: "agent", by: "agent", of: "theme" },
};

const CLAUSE_BREAKS = new Set(["and", "but", "or", "while", "which", "who", "that", "whereas", "as"]);

/** "to the Council", "to Y", "to them" — not an infinitive ("a request to transform"). */
function opensNounPhrase(v: TriggerContext["v"], i: number): boolean {
  const w = v.at(i);
  return (
    v.isCapitalized(i) ||
    DETERMINERS.has(w) ||
    POSSESSIVE_PRONOUNS.has(w) ||
    v.tokens[i]?.kind === "number" ||
    ["him", "her", "them", "us", "me", "it"].includes(w)
  );
}

/** Prepositions whose phrase must follow the trigger directly to count ("the killing of X"). */
const ADJACENT_ONLY = new Set(["of"]);

/**
 * Participants introduced by prepositions after the trigger, within its clause segment and
 * before the next trigger: "by X" (agent of a passive), "to Y" (recipient), "of Z" (undergoer of
 * a nominal). Roles already filled are not overwritten.
 */
export function prepositionArguments(c: TriggerContext, found: readonly Found[]): Found[] {
  const { v, m } = c;
  const roles = PREP_ROLES[m.entry.type];
  const out: Found[] = [];
  const filled = new Set(found.map((f) => f.role));
  const end = Math.min(c.segmentEnd, c.nextTrigger);
  let k =
    Math.max(
      m.last,
      m.object ?? -1,
      ...found.filter((f) => f.phrase.first > m.last).map((f) => f.phrase.last),
    ) + 1;
  for (; k < end; k++) {
    const prep = v.at(k);
    if (CLAUSE_BREAKS.has(prep)) break;
    // A nominal's phrases follow it directly, one after another ("the deployment of X to Y").
    if (m.entry.pos === "noun" && !roles[prep]) break;
    const role = roles[prep];
    if (!role) continue;
    if (ADJACENT_ONLY.has(prep) && k !== m.last + 1) continue;
    if (prep === "by" && m.entry.pos === "verb" && !m.passive) continue;
    if (prep === "of" && m.entry.pos === "verb") continue;
    if (role === "agent" && prep !== "by" && m.passive) continue;
    const phrase = phraseRight(v, k + 1, end, c.blocked);
    if (!phrase || (prep === "to" && !opensNounPhrase(v, k + 1))) {
      if (m.entry.pos === "noun") break;
      continue;
    }
    if (!filled.has(role)) {
      out.push({ role, entity: entityOf(v, phrase), span: v.spanOf(phrase.first, phrase.last), phrase });
      filled.add(role);
    }
    k = phrase.last;
  }
  return out;
}
