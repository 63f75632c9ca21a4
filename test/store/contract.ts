import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SitrepError } from "../../src/errors/errors.ts";
import type { Store } from "../../src/store/store.ts";
import { makeRecord, SAMPLE } from "./records.ts";

/**
 * The behaviour every Store adapter must have. An adapter's test file calls
 * `storeContract("sqlite", () => new SqliteStore(tmpFile))`; each test gets a fresh, empty store.
 */
export function storeContract(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const code = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SitrepError);
      return (err as SitrepError).code;
    };

    it("starts empty", async () => {
      expect(await store.stats()).toEqual({
        documents: 0,
        entities: 0,
        mentions: 0,
        quotes: 0,
        figures: 0,
        times: 0,
        messages: 0,
      });
      expect(await store.listDocuments()).toEqual([]);
      expect(await store.getDocument("abc")).toBeNull();
      expect(await store.findIds("a")).toEqual([]);
    });

    it("stores a document and all its facts once; a second put is unchanged", async () => {
      const record = makeRecord(SAMPLE, { title: "Roads closed", published: "2025-03-04", source: "a.txt" });
      expect(await store.putDocument(record)).toBe("added");
      expect(await store.putDocument(record)).toBe("unchanged");
      expect(await store.putDocument(makeRecord(SAMPLE, { externalId: "other-id" }))).toBe("unchanged");
      const facts = { entities: 2, mentions: 4, quotes: 1, figures: 1, times: 1, messages: 1 };
      expect(await store.stats()).toEqual({ documents: 1, ...facts });
      const doc = await store.getDocument(record.id);
      expect(doc?.result).toEqual(record.result);
      expect(doc).toMatchObject({
        id: record.id,
        title: "Roads closed",
        published: "2025-03-04",
        source: "a.txt",
        externalId: null,
        length: SAMPLE.length,
        format: "text",
        stages: record.result.stages,
        counts: facts,
      });
      expect(await store.stagesOf(record.id)).toEqual(record.result.stages);
      expect(await store.stagesOf("nope")).toBeNull();
    });

    it("replaces the facts when the pipeline changed, without duplicating them", async () => {
      await store.putDocument(makeRecord(SAMPLE));
      const newer = makeRecord(SAMPLE, {
        stages: ["tokens@2", "entities@2", "quotes@1", "figures@1", "times@1"],
      });
      expect(await store.putDocument(newer)).toBe("updated");
      expect(await store.stats()).toMatchObject({ documents: 1, entities: 2, mentions: 4, quotes: 1 });
      expect(await store.stagesOf(newer.id)).toEqual(newer.result.stages);
    });

    it("records the stage of every fact and the quoted words with the speaker's name", async () => {
      const record = makeRecord(SAMPLE);
      await store.putDocument(record);
      const quotes = await store.listQuotes({ docId: record.id });
      expect(quotes).toEqual([
        {
          docId: record.id,
          start: SAMPLE.indexOf("about 3,000 families"),
          end: SAMPLE.indexOf("about 3,000 families") + 20,
          text: "about 3,000 families",
          direct: true,
          speaker: "e1",
          speakerName: "Dana Orlo",
          stage: "quotes@1",
        },
      ]);
      const actors = await store.topActors({ limit: 5 });
      expect(actors[0]).toEqual({ name: "Veltran Aid Network", type: "ORG", documents: 1, mentions: 3 });
      expect(await store.topActors({ limit: 1, docIds: [record.id] })).toHaveLength(1);
      expect(await store.topActors({ docIds: ["other"] })).toEqual([]);
    });

    it("finds ids by exact id, external id and unique prefix", async () => {
      const a = makeRecord("First fictional note about Port Kesh.", { externalId: "note-1" });
      const b = makeRecord("Second fictional note about Port Kesh.");
      await store.putDocument(a);
      await store.putDocument(b);
      expect(await store.findIds(a.id)).toEqual([a.id]);
      expect(await store.findIds(a.id.slice(0, 8))).toEqual([a.id]);
      expect(await store.findIds("note-1")).toEqual([a.id]);
      expect(await store.findIds("zz-not-there")).toEqual([]);
      expect(await store.findIds("%")).toEqual([]);
    });

    it("lists and iterates in ingest order, by pages", async () => {
      const records = [1, 2, 3, 4, 5].map((n) =>
        makeRecord(`Fictional bulletin number ${n}.`, { title: `B${n}` }),
      );
      for (const r of records) await store.putDocument(r);
      const firstTwo = await store.listDocuments({ limit: 2 });
      expect(firstTwo.map((d) => d.title)).toEqual(["B1", "B2"]);
      const rest = await store.listDocuments({ after: firstTwo[1]?.seq ?? 0 });
      expect(rest.map((d) => d.title)).toEqual(["B3", "B4", "B5"]);
      const seen: string[] = [];
      for await (const doc of store.iterateDocuments({ pageSize: 2 })) seen.push(doc.result.text);
      expect(seen).toEqual(records.map((r) => r.result.text));
    });

    it("searches title and text with snippets, best first", async () => {
      await store.putDocument(
        makeRecord("Water trucks reached the camp. Water is short.", { title: "Camp update" }),
      );
      await store.putDocument(
        makeRecord("The bridge at José Village reopened.", { title: "Water and roads" }),
      );
      await store.putDocument(makeRecord("Nothing relevant here.", { title: "Other" }));
      const hits = await store.search("water", { highlight: ["<", ">"] });
      expect(hits).toHaveLength(2);
      expect(hits[0]?.title).toBe("Water and roads"); // a title match weighs more
      expect(hits.find((h) => h.title === "Camp update")?.snippet).toContain("<Water> trucks");
      expect((await store.search("jose village")).map((h) => h.title)).toEqual(["Water and roads"]);
      expect(await store.search("U.N. (bridge) AND")).toEqual([]); // punctuation is not query syntax
      expect(await store.search("wat*")).toHaveLength(2);
      expect(await store.search("water", { limit: 1 })).toHaveLength(1);
      expect(await code(store.search("...", {}))).toBe("INVALID_ARGUMENT");
      expect(await code(store.search('"unbalanced', { syntax: "fts" }))).toBe("INVALID_ARGUMENT");
    });

    it("refuses a bad record without storing any part of it", async () => {
      const good = makeRecord(SAMPLE);
      expect(await code(store.putDocument({ ...good, id: "0".repeat(32) }))).toBe("STORE_REJECTED");
      const times = [{ start: 5, end: 9999, type: "DATE" as const, value: "X", anchor: "none" as const }];
      const outOfText = { ...good, result: { ...good.result, times } };
      expect(await code(store.putDocument(outOfText))).toBe("STORE_REJECTED");
      // Duplicate entity ids fail on the second entity row, after the document row was written.
      const e1 = good.result.entities[0];
      const dupes = { ...good, result: { ...good.result, entities: e1 ? [e1, e1] : [] } };
      expect(await code(store.putDocument(dupes))).toBe("STORE_REJECTED");
      expect(await store.stats()).toMatchObject({ documents: 0, entities: 0, mentions: 0, quotes: 0 });
      expect(await store.search("Orlo")).toEqual([]);
    });

    it("deletes a document with its facts and its search entry", async () => {
      const record = makeRecord(SAMPLE);
      await store.putDocument(record);
      expect(await store.deleteDocument(record.id)).toBe(true);
      expect(await store.deleteDocument(record.id)).toBe(false);
      expect(await store.stats()).toMatchObject({ documents: 0, entities: 0, mentions: 0, messages: 0 });
      expect(await store.search("Orlo")).toEqual([]);
    });

    it("keeps reviews of a document's facts across re-extraction, oldest first", async () => {
      const record = makeRecord(SAMPLE);
      await store.putDocument(record);
      const review = {
        docId: record.id,
        kind: "quotes" as const,
        start: 3,
        end: 9,
        action: "correct" as const,
        correction: { speakerName: "Someone Else" },
        reviewer: "ana",
        at: "2026-01-01T00:00:00.000Z",
      };
      await store.putReview(review);
      await store.putReview({
        ...review,
        action: "reject",
        correction: null,
        at: "2026-01-02T00:00:00.000Z",
      });
      const rerun = { ...record, result: { ...record.result, stages: [...record.result.stages, "later@2"] } };
      expect(await store.putDocument(rerun)).toBe("updated");
      expect((await store.listReviews(record.id)).map((r) => [r.action, r.correction, r.reviewer])).toEqual([
        ["correct", { speakerName: "Someone Else" }, "ana"],
        ["reject", null, "ana"],
      ]);
      expect(await store.listReviews("no-such-doc")).toEqual([]);
      expect(await code(store.putReview({ ...review, docId: "no-such-doc" }))).toBe("NOT_FOUND");
      await store.deleteDocument(record.id);
      expect(await store.listReviews()).toEqual([]);
    });

    it("stores actor links in order", async () => {
      await store.putActorLink({
        action: "merge",
        a: "A. Ruiz",
        b: "Ana Ruiz",
        reviewer: "ana",
        at: "2026-01-01T00:00:00Z",
      });
      await store.putActorLink({
        action: "split",
        a: "Jordan",
        b: "Jordan Lee",
        reviewer: "ana",
        at: "2026-01-02T00:00:00Z",
      });
      expect((await store.listActorLinks()).map((l) => [l.action, l.a, l.b])).toEqual([
        ["merge", "A. Ruiz", "Ana Ruiz"],
        ["split", "Jordan", "Jordan Lee"],
      ]);
    });
  });
}
