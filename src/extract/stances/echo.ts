import type { Span } from "../../model/span.ts";
import type { StanceDate } from "./date.ts";
import type { HolderRef } from "./speech.ts";
import type { StanceRecord } from "./types.ts";

/** "X echoed Y’s appeal": X (holder), Y (echoed), the cue, the evidence and its date. */
export interface EchoJob {
  readonly holder: HolderRef;
  readonly echoed: HolderRef;
  readonly cue: Span;
  readonly evidence: Span;
  readonly date: StanceDate;
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’']s?$/, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** True when a stance's holder is the actor `ref` (same entity, else same or contained name). */
function heldBy(s: StanceRecord, ref: HolderRef): boolean {
  if (ref.entity && s.holder) return ref.entity === s.holder;
  // Same or contained name, word by word: "Kenya" is held by "Kenya", not by "Kenyan police".
  const a = words(s.holderName ?? "");
  const b = words(ref.name);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/**
 * Gives every echoing actor the stances of the actor echoed ("HRW echoed the council’s appeal":
 * HRW takes each stance the council holds anywhere in the document), with the echo sentence as
 * evidence and its date.
 */
export function copyEchoes(jobs: readonly EchoJob[], stances: readonly StanceRecord[]): StanceRecord[] {
  const out: StanceRecord[] = [];
  for (const job of jobs) {
    for (const s of stances) {
      if (!heldBy(s, job.echoed) || heldBy(s, job.holder)) continue;
      out.push({
        ...s,
        ...job.evidence,
        holder: job.holder.entity,
        holderName: job.holder.name,
        holderSpan: job.holder.span,
        holderVia: "echo",
        cue: job.cue,
        ...job.date,
      });
    }
  }
  return out;
}
