import type { Span } from "../../model/span.ts";
import { conditionAt } from "./bounds.ts";
import type { Range } from "./parse.ts";
import type { TokenView } from "./view.ts";

const CLAUSE_END = new Set([".", ";", ":", "!", "?", "–", "—", "“", "”", '"']);

/**
 * The condition attached to a stance, searched in tokens [from, to) (the cue's sentence, or the
 * quote holding it) outside the proposal phrase: "once …", "if …", "unless …", "provided (that) …",
 * "as long as …". A condition before the cue ends at its comma ("If the truce holds, we back …");
 * one after it runs to the end of the clause. The span excludes final punctuation.
 */
export function findCondition(
  view: TokenView,
  from: number,
  to: number,
  cue: number,
  proposal: Range | null,
): Span | null {
  for (let i = from; i < to; i++) {
    if (proposal && i >= proposal[0] && i < proposal[1]) continue;
    if (conditionAt(view, i) === 0) continue;
    if (["ask", "asked", "asks", "wonder", "know", "whether"].includes(view.forms[i - 1] ?? "")) continue;
    let j = i + 1;
    const before = i < cue;
    while (j < to && !CLAUSE_END.has(view.forms[j] ?? "") && !(before && view.forms[j] === ",")) j++;
    while (j > i + 1 && view.forms[j - 1] === ",") j--;
    const a = view.tokens[i];
    const b = view.tokens[j - 1];
    if (a && b && j > i + 1) return { start: a.start, end: b.end };
  }
  return null;
}
