import { Doc, type DocMetaInput } from "../model/doc.ts";
import { defaultPipeline } from "../pipeline/default.ts";
import type { Pipeline } from "../pipeline/pipeline.ts";
import type { DocumentInput } from "./input.ts";
import { type ExtractResult, toResult } from "./result.ts";

/** Runs the pipeline over one document and returns the processed Doc. */
export function processDocument(input: DocumentInput, pipeline: Pipeline = defaultPipeline()): Doc {
  return pipeline.run(new Doc(input.id, input.text, input.meta));
}

/** Runs the pipeline and returns the contract's result object. */
export function extractDocument(input: DocumentInput, pipeline: Pipeline = defaultPipeline()): ExtractResult {
  return toResult(processDocument(input, pipeline), pipeline.versions());
}

/** Overrides metadata a person gave on the command line or in a JSON line (non-null values win). */
export function withMeta(input: DocumentInput, meta: DocMetaInput, id?: string): DocumentInput {
  const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined));
  return { id: id ?? input.id, text: input.text, meta: { ...input.meta, ...given } };
}
