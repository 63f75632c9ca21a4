import type { MentionGraph } from "./mention-graph.ts";
import type { RoleFact } from "./roles.ts";
import type { TextView } from "./text-view.ts";
import { titleStartingAt } from "./title-match.ts";

/**
 * Resolves "the Secretary-General", "the foreign minister" to the one person the text has named
 * with that title before; two holders of the title (or none) leave it unresolved. A title followed
 * by a name or by "of" is a role or a different office, not a reference back.
 */
export function resolveTitledDescriptions(
  view: TextView,
  graph: MentionGraph,
  roles: readonly RoleFact[],
): void {
  for (let t = 0; t < view.tokens.length; t++) {
    if (view.lower(t) !== "the") continue;
    const title = titleStartingAt(view, t + 1);
    if (!title) continue;
    const next = view.words[title.endToken] ?? "";
    if (/^\p{Lu}/u.test(next) || next.toLowerCase() === "of") continue;
    const span = { start: view.tokens[t]?.start ?? 0, end: view.tokens[title.endToken - 1]?.end ?? 0 };
    if (graph.overlapping(span).length > 0) continue;
    if (roles.some((r) => r.title.start < span.end && span.start < r.title.end)) continue;
    const head = title.headKey;
    const holders = new Set(
      roles
        .filter((r) => r.span.end <= span.start)
        .filter((r) => r.headKey === head || (!head.includes(" ") && r.headKey.endsWith(` ${head}`)))
        .map((r) => graph.find(r.person)),
    );
    const [person] = holders;
    if (holders.size !== 1 || person === undefined) continue;
    graph.union(graph.add({ ...span, type: "PERSON", via: "description" }), person);
  }
}
