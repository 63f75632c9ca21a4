import { getDocument } from "../../services/documents.ts";
import { searchDocuments } from "../../services/search.ts";
import { ingestUpload, layerProvenance } from "../../services/upload.ts";
import { HttpError } from "../errors.ts";
import { defineRoute } from "../route.ts";
import {
  DocumentDetail,
  DocumentPage,
  PageQuery,
  SearchQuery,
  SearchResponse,
  UploadQuery,
  UploadResponse,
} from "../schemas.ts";

/** Documents: upload (text, HTML, JSON lines), list, read with all facts; full-text search. */
export const documentRoutes = [
  defineRoute({
    method: "get",
    path: "/api/documents",
    summary: "List stored documents in ingest order, a page at a time",
    tag: "documents",
    query: PageQuery,
    response: DocumentPage,
    handler: async ({ store, query }) => {
      const items = await store.listDocuments({ limit: query.limit, after: query.after });
      const last = items.at(-1);
      return { items, next: items.length === query.limit && last ? String(last.seq) : null };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/documents",
    summary:
      "Upload a document (text/plain, text/html) or many (application/x-ndjson); each is extracted and stored",
    tag: "documents",
    query: UploadQuery,
    rawBody: ["text/plain", "text/html", "application/x-ndjson"],
    response: UploadResponse,
    handler: async ({ store, query, c, changed }) => {
      const type =
        (c.req.header("content-type") ?? "text/plain").split(";")[0]?.trim().toLowerCase() ?? "text/plain";
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const items = await ingestUpload(store, bytes, {
        contentType: type,
        name: query.name ?? "upload",
        published: query.published,
        title: query.title,
      });
      changed();
      c.status(items.some((i) => i.outcome !== "failed") ? 201 : 422);
      return { items };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/documents/:id",
    summary:
      "One document: its text, every fact with its span, the reviews of its facts and the stage of each layer",
    tag: "documents",
    response: DocumentDetail,
    handler: async ({ store, params }) => {
      const doc = await getDocument(store, params.id ?? "");
      const { result, ...document } = doc;
      return {
        document,
        result,
        reviews: await store.listReviews(doc.id),
        provenance: layerProvenance(result.stages),
      };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/search",
    summary: "Full-text search over titles and texts, best first, with snippets",
    tag: "documents",
    query: SearchQuery,
    response: SearchResponse,
    handler: async ({ store, query }) => {
      if (!query.q.trim()) throw new HttpError(400, "INVALID_ARGUMENT", "q: give words to search for");
      return {
        items: await searchDocuments(store, query.q, { limit: query.limit, highlight: ["\u0001", "\u0002"] }),
      };
    },
  }),
];
