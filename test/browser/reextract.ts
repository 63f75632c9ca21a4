import { Doc } from "../../src/model/doc.ts";
import { DEFAULT_STAGES } from "../../src/pipeline/default.ts";
import { Pipeline } from "../../src/pipeline/pipeline.ts";
import type { Stage } from "../../src/pipeline/stage.ts";
import { toResult } from "../../src/services/result.ts";
import type { PutOutcome, Store } from "../../src/store/store.ts";

/** The same stage under a newer version: what a pipeline upgrade looks like to the store. */
function newerVersion(stage: Stage): Stage {
  return {
    name: stage.name,
    version: `${stage.version}-rerun`,
    requires: stage.requires,
    assigns: stage.assigns,
    run: (doc) => stage.run(doc),
  };
}

/**
 * Re-extracts a stored document with a changed stage list (the named stage at a newer version) and
 * stores it again with `putDocument`: the store replaces every fact row and answers "updated".
 */
export async function reextract(store: Store, id: string, bump = "quotes"): Promise<PutOutcome> {
  const stored = await store.getDocument(id);
  if (!stored) throw new Error(`no stored document ${id}`);
  const pipeline = new Pipeline(DEFAULT_STAGES.map((s) => (s.name === bump ? newerVersion(s) : s)));
  const { result } = stored;
  const doc = pipeline.run(
    new Doc(result.id, result.text, { title: result.title, published: result.published }),
  );
  return store.putDocument({
    id: stored.id,
    externalId: stored.externalId,
    source: stored.source,
    result: toResult(doc, pipeline.versions()),
    provenance: { ...doc.provenance },
  });
}
