import type { Stage } from "../../pipeline/stage.ts";
import { linkAcronyms } from "./acronym-link.ts";
import {
  extendBodyNames,
  extendBodyNamesRight,
  joinGivenNames,
  retypeBodyNames,
  retypePlaces,
} from "./boundaries.ts";
import { addCleanMentions } from "./clean-mentions.ts";
import { resolveDescriptions } from "./descriptions.ts";
import { buildEntities } from "./entities.ts";
import { genderEvidence } from "./gender.ts";
import { linkSameNames } from "./link-names.ts";
import { MentionGraph } from "./mention-graph.ts";
import { resolvePronouns } from "./pronouns.ts";
import { findRoles } from "./roles.ts";
import { addMissedAliases, linkShortOrgNames, linkSurnames } from "./surnames.ts";
import { TextView } from "./text-view.ts";
import { resolveTitledDescriptions } from "./title-coref.ts";
import { addTitledNames } from "./title-names.ts";

/**
 * Adds the `entities` and `roles` layers from the NER `mentions`: cleans the mentions and repairs
 * cut-short body names, adds names a title vouches for, applies acronym definitions (reporting
 * near-miss spellings), joins identical names, surnames and missed repetitions, finds titles, then
 * resolves titled and definite descriptions and pronouns.
 * The order matters: each step links on what the earlier ones established.
 */
export const actorsStage: Stage = {
  name: "actors",
  version: "12",
  requires: ["tokens", "sentences", "mentions"],
  assigns: ["entities", "roles"],
  run(doc) {
    const view = new TextView(doc.text, doc.get("tokens"), doc.get("sentences"));
    const graph = new MentionGraph();
    addCleanMentions(view, graph, doc.get("mentions"));
    extendBodyNames(view, graph);
    extendBodyNamesRight(view, graph);
    retypeBodyNames(view, graph);
    retypePlaces(view, graph);
    joinGivenNames(view, graph);
    addTitledNames(view, graph);
    const messages = linkAcronyms(view, graph);
    linkSameNames(view, graph);
    linkSurnames(view, graph);
    linkShortOrgNames(view, graph);
    addMissedAliases(view, graph);
    const roles = findRoles(view, graph);
    linkSameNames(view, graph); // bodies found before titles may be written again elsewhere
    resolveTitledDescriptions(view, graph, roles);
    resolveDescriptions(view, graph);
    resolvePronouns(view, graph, roles, genderEvidence(view, graph, roles));
    const out = buildEntities(view, graph, roles);
    return { layers: { entities: out.entities, roles: out.roles }, messages };
  },
};
