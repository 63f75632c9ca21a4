import { sentencesStage } from "../../../src/extract/sentences/stage.ts";
import { timeStage } from "../../../src/extract/time/stage.ts";
import { tokensStage } from "../../../src/extract/tokens/stage.ts";
import type { Doc } from "../../../src/model/doc.ts";
import { Pipeline } from "../../../src/pipeline/pipeline.ts";

const pipeline = new Pipeline([tokensStage, sentencesStage, timeStage]);

/** Runs tokens → sentences → time over a text. */
export function tagDoc(text: string, published: string | null = "2025-02-26"): Doc {
  return pipeline.process("t", text, { published });
}

/** What a test compares: the sliced span and its attributes. */
export function found(text: string, published: string | null = "2025-02-26") {
  const doc = tagDoc(text, published);
  return doc.get("times").map((t) => ({
    text: text.slice(t.start, t.end),
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  }));
}

/** The value found for exactly the span `phrase` (first occurrence), or undefined when not found as written. */
export function valueFor(
  text: string,
  phrase: string,
  published: string | null = "2025-02-26",
): string | undefined {
  return found(text, published).find((t) => t.text === phrase)?.value;
}
