import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { nameKey } from "../../../src/extract/actors/names.ts";
import { actorsStage } from "../../../src/extract/actors/stage.ts";
import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import { Doc } from "../../../src/model/doc.ts";
import type { Mention } from "../../../src/model/layers.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import type { Stage } from "../../../src/pipeline/stage.ts";
import { HAS_SHARED, SEED_GOLD, SEED_TEXT } from "../../helpers/shared.ts";

const NER_FILE = fileURLToPath(new URL("../../../src/extract/ner/stage.ts", import.meta.url));

/** Mentions from the real NER stage when it exists and its model loads; null (with the reason) otherwise. */
async function realMentions(doc: Doc): Promise<{ mentions: readonly Mention[] | null; why: string }> {
  if (!existsSync(NER_FILE)) return { mentions: null, why: "src/extract/ner/stage.ts does not exist" };
  try {
    const mod = (await import(NER_FILE)) as Record<string, unknown>;
    const stage = Object.values(mod).find((v): v is Stage => typeof (v as Stage)?.run === "function");
    if (!stage) return { mentions: null, why: "no Stage exported by src/extract/ner/stage.ts" };
    return { mentions: stage.run(doc).layers.mentions ?? null, why: "" };
  } catch (error) {
    return { mentions: null, why: `the NER stage failed: ${(error as Error).message.split("\n")[0]}` };
  }
}

/** A gold actor string as comparable: no "(ACR)", no leading "the", no trailing "mission". */
const comparable = (s: string): string =>
  nameKey(s.replace(/\s*\([^)]*\)/g, ""))
    .replace(/^the /, "")
    .replace(/ mission$/, "");

describe.skipIf(!HAS_SHARED)("seed article (../shared): actors with the real NER stage", () => {
  test("gold actors are found; HRW, MSS and IOM join their long forms; MMS is flagged", async () => {
    const text = readFileSync(SEED_TEXT, "utf8");
    const gold = JSON.parse(readFileSync(SEED_GOLD, "utf8")) as { actors: string[] };
    let doc = new Doc("seed", text, { published: "2025-02-26" });
    for (const stage of [tokensStage, sentencesStage])
      doc = doc.withLayers(stage.run(doc).layers, stage.name);
    const ner = await realMentions(doc);
    if (!ner.mentions) console.warn(`[actors seed] NER not ready (${ner.why}); running on no NER mentions`);
    doc = doc.withLayers({ mentions: ner.mentions ?? [] }, "ner");
    const out = actorsStage.run(doc);
    doc = doc.withLayers(out.layers, "actors", out.messages ?? []);
    expect(validateDoc(doc)).toEqual([]);
    const entities = doc.get("entities");

    const forms = entities.map((e) => new Set([e.name, ...e.aliases].map(comparable)));
    const missing = gold.actors.filter((a) => !forms.some((f) => f.has(comparable(a))));
    console.log(
      `[actors seed] ${gold.actors.length - missing.length}/${gold.actors.length} gold actors found`,
    );
    if (missing.length > 0) console.log(`[actors seed] missing: ${missing.join(" | ")}`);

    for (const acronym of ["HRW", "MSS", "IOM"]) {
      const entity = entities.find((e) => e.aliases.includes(acronym));
      expect(entity, `${acronym} is in no entity's aliases`).toBeTruthy();
      const initials = (entity?.name ?? "")
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0]);
      expect(initials.join(""), `${acronym} joined to "${entity?.name}"`).toBe(acronym);
      const spans = entity?.mentions.map((m) => text.slice(m.start, m.end)) ?? [];
      const written = text.split(new RegExp(`\\b${acronym}\\b`)).length - 1;
      expect(spans.filter((s) => s === acronym)).toHaveLength(written);
    }
    const near = doc.messages.filter((m) => m.rule === "actors.acronym-near-miss");
    expect(near.map((m) => `${text.slice(m.start, m.end)}→${m.suggestion}`)).toEqual(["MMS→MSS"]);
  });
});
