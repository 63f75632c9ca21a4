import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { openApiDocument } from "../../src/http/openapi.ts";
import { DocumentDetail, DocumentPage, UploadResponse } from "../../src/http/schemas.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import type { Store } from "../../src/store/store.ts";

const REPORT =
  "Lomar, Veloria – The Veloria Red Cross (VRC) said on Monday that more than 2,000 people had fled the floods.\n" +
  "“The water came at night,” said Ana Ruiz, a nurse in Lomar.\n";

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(() => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-api-")), "api.db"));
  app = createApp({ store });
});
afterAll(() => store.close());

const upload = (body: string, type = "text/plain", qs = "name=report.txt&published=2024-05-02") =>
  app.request(`/api/documents?${qs}`, { method: "POST", body, headers: { "content-type": type } });

describe("HTTP API", () => {
  it("uploads a document, lists it and returns it with every fact", async () => {
    const res = await upload(REPORT);
    expect(res.status).toBe(201);
    const { items } = UploadResponse.parse(await res.json());
    expect(items).toMatchObject([{ outcome: "added" }]);
    const again = UploadResponse.parse(await (await upload(REPORT)).json());
    expect(again.items[0]?.outcome).toBe("unchanged");

    const list = DocumentPage.parse(await (await app.request("/api/documents?limit=10")).json());
    expect(list.items.map((d) => d.id)).toEqual([items[0]?.id]);

    const detail = DocumentDetail.parse(
      await (await app.request(`/api/documents/${items[0]?.id?.slice(0, 8)}`)).json(),
    );
    expect(detail.result.text).toBe(REPORT);
    expect(detail.result.published).toBe("2024-05-02");
    expect(detail.provenance.sentences).toMatch(/^sentences@/);
  });

  it("takes JSON lines, with an error item for a broken line", async () => {
    const body = `${JSON.stringify({ id: "a", text: "Relief arrived in Lomar on Tuesday." })}\n{"id": "b", "text": \n`;
    const res = await upload(body, "application/x-ndjson", "name=batch.jsonl");
    const { items } = UploadResponse.parse(await res.json());
    expect(items.map((i) => i.outcome)).toEqual(["added", "failed"]);
    expect(items[1]?.error?.code).toBe("JSONL_MALFORMED");
  });

  it("answers errors as {code, message} with a fitting status", async () => {
    const empty = await upload("   ");
    expect(empty.status).toBe(422);
    expect((await empty.json()).items[0].error.code).toBe("INPUT_EMPTY");
    const missing = await app.request("/api/documents/ffffffff");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "NOT_FOUND" });
    const bad = await app.request("/api/search");
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/q/);
    const badDate = await upload(REPORT, "text/plain", "published=yesterday");
    expect(badDate.status).toBe(400);
  });

  it("stores a review with who and when, and applies it to exports", async () => {
    const { items } = DocumentPage.parse(await (await app.request("/api/documents")).json());
    const id = items[0]?.id as string;
    const start = REPORT.indexOf("Monday");
    const review = (body: object) =>
      app.request("/api/reviews", {
        method: "POST",
        headers: { "content-type": "application/json", "x-sitrep-user": "ana" },
        body: JSON.stringify({ docId: id, kind: "times", ...body }),
      });
    const res = await review({ start, end: start + 6, action: "reject" });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ reviewer: "ana", action: "reject" });
    expect((await review({ start, end: start + 3, action: "reject" })).status).toBe(404);
    const detail = DocumentDetail.parse(await (await app.request(`/api/documents/${id}`)).json());
    expect(detail.reviews).toHaveLength(1);
    const exported = await (await app.request("/api/export?format=json")).json();
    const mine = exported.documents.find((d: { id: string }) => d.id === id);
    expect(mine.result.times.some((t: { start: number }) => t.start === start)).toBe(false);
    const wrong = await app.request("/api/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        docId: id,
        kind: "times",
        start,
        end: start + 6,
        action: "correct",
        correction: { colour: "red" },
      }),
    });
    expect(wrong.status).toBe(400);
  });

  it("exports JSON, HXL CSV and Web Annotations", async () => {
    const json = await (await app.request("/api/export?format=json")).json();
    expect(json.count).toBe(2);
    const csv = await (await app.request("/api/export?format=hxl")).text();
    expect(csv.split("\r\n")[1]).toMatch(/^#meta\+id,#date\+reported,#indicator\+code/);
    const anno = await (await app.request("/api/export?format=annotations")).json();
    expect(anno.type).toBe("AnnotationCollection");
  });

  it("serves the dossier views", async () => {
    for (const path of [
      "/api/actors",
      "/api/quotes",
      "/api/timeline",
      "/api/figures",
      "/api/positions",
      "/api/divergences",
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
    }
    expect((await app.request("/api/actors/Nobody%20Here")).status).toBe(404);
  });

  it("sends a strict Content-Security-Policy and serves the page", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await (await app.request("/app.js")).text()).toContain("hashchange");
  });

  it("requires the token when one is set, and limits request size", async () => {
    const locked = createApp({ store, token: "s3cret", maxBodyBytes: 1000 });
    expect((await locked.request("/api/documents")).status).toBe(401);
    expect(
      (await locked.request("/api/documents", { headers: { authorization: "Bearer s3cret" } })).status,
    ).toBe(200);
    const big = await locked.request("/api/documents", {
      method: "POST",
      body: "x".repeat(5000),
      headers: { authorization: "Bearer s3cret", "content-type": "text/plain", "content-length": "5000" },
    });
    expect(big.status).toBe(413);
    const cookie = await locked.request("/?token=s3cret");
    expect(cookie.status).toBe(303);
    expect(cookie.headers.get("set-cookie")).toMatch(/HttpOnly/);
  });

  it("keeps the committed OpenAPI document current (regenerate with `npm run openapi`)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../docs/openapi.json", import.meta.url), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it("documents every route in the generated OpenAPI document", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/documents",
        "/api/documents/{id}",
        "/api/reviews",
        "/api/export",
        "/api/timeline",
      ]),
    );
  });
});
