/**
 * `npm run eval:events`: prints the events found in the seed article (read from ../shared at run
 * time) and, when the ECB+ copy is present, trigger detection precision/recall on its dev topics.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreEcbDev } from "../src/extract/events/eval/ecb.ts";
import { scoreGvcVal } from "../src/extract/events/eval/gvc.ts";
import { eventsPipeline } from "../src/extract/events/eval/pipeline.ts";
import type { Doc } from "../src/model/doc.ts";

const SHARED = fileURLToPath(new URL("../../shared/", import.meta.url));
const SEED = `${SHARED}data/seed/haiti-mss-2025-02-26.txt`;

function describe(doc: Doc): string[] {
  const times = doc.maybe("times");
  const names = new Map(doc.maybe("entities").map((e) => [e.id, e.name]));
  return doc.maybe("events").map((e) => {
    const ev = e as typeof e & { placeSpan?: { start: number; end: number } | null; mentions?: unknown[] };
    const parts = e.participants.map(
      (p) =>
        `${p.role}=${JSON.stringify(doc.slice(p.span))}${p.entity ? `→${names.get(p.entity) ?? p.entity}` : ""}`,
    );
    const time =
      e.time === null ? "-" : `${times[e.time]?.value} (${JSON.stringify(doc.slice(times[e.time] ?? e))})`;
    const place = e.place
      ? (names.get(e.place) ?? e.place)
      : ev.placeSpan
        ? JSON.stringify(doc.slice(ev.placeSpan))
        : "-";
    const merged = (ev.mentions?.length ?? 1) > 1 ? ` [${ev.mentions?.length} mentions]` : "";
    return `${e.id} ${e.type.padEnd(13)} ${JSON.stringify(doc.slice(e.trigger))}${merged}  ${parts.join(" ")}  time=${time}  place=${place}`;
  });
}

const { pipeline, loaded } = await eventsPipeline("Rebels killed two officers in Lagos on Monday.");
console.log(
  `stages: ${pipeline.versions().join(" → ")}${loaded.length ? `  (appended here: ${loaded.join(", ")})` : ""}`,
);
if (!existsSync(SEED)) {
  console.log("../shared/data/seed not found: nothing to evaluate");
  process.exit(0);
}
const seed = pipeline.process("seed", readFileSync(SEED, "utf8"), { published: "2025-02-26" });
console.log(`\nSeed (published 2025-02-26): ${seed.maybe("events").length} events`);
for (const line of describe(seed)) console.log(`  ${line}`);
await scoreEcbDev(pipeline, `${SHARED}data/events/ecbplus/`);
scoreGvcVal(`${SHARED}data/events/gvc/`);
