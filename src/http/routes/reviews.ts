import { stream } from "hono/streaming";
import { z } from "zod";
import { getDocument } from "../../services/documents.ts";
import { exportDocuments } from "../../services/export.ts";
import { checkReview, factExists } from "../../services/reviews.ts";
import { HttpError } from "../errors.ts";
import { defineRoute } from "../route.ts";
import { ExportQuery, Review, ReviewBody } from "../schemas.ts";

/** Reviews (accept, correct, reject any fact) and exports (JSON, HXL CSV, W3C Web Annotations). */
export const reviewRoutes = [
  defineRoute({
    method: "post",
    path: "/api/reviews",
    summary: "Accept, correct or reject a fact (named by document, layer and span); stored with who and when",
    tag: "review",
    body: ReviewBody,
    response: Review,
    handler: async ({ store, body, c, changed }) => {
      const doc = await getDocument(store, body.docId);
      if (body.end > doc.result.text.length || body.start > body.end) {
        throw new HttpError(
          400,
          "INVALID_ARGUMENT",
          `span [${body.start}, ${body.end}) is outside the document's text`,
        );
      }
      if (!factExists(doc.result, body.kind, body.start, body.end)) {
        throw new HttpError(
          404,
          "NOT_FOUND",
          `no ${body.kind} fact at [${body.start}, ${body.end}) in document ${doc.id}`,
        );
      }
      const review = {
        ...body,
        docId: doc.id,
        correction: body.correction ?? null,
        reviewer: body.reviewer ?? c.req.header("x-sitrep-user") ?? "analyst",
      };
      checkReview(review);
      const saved = await store.putReview({ ...review, at: new Date().toISOString() });
      changed();
      c.status(201);
      return saved;
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/export",
    summary: "Everything, reviews applied: JSON, HXL CSV of figures, or W3C Web Annotation JSON-LD",
    tag: "export",
    query: ExportQuery,
    response: z.string(),
    produces: ["application/json", "text/csv", "application/ld+json"],
    handler: ({ store, query, c }) => {
      const types = {
        json: "application/json",
        hxl: "text/csv; charset=utf-8",
        annotations: "application/ld+json",
      };
      c.header("content-type", types[query.format]);
      c.header(
        "content-disposition",
        `attachment; filename="sitrep-export.${query.format === "hxl" ? "csv" : "json"}"`,
      );
      return stream(c, async (s) => {
        await exportDocuments(store, (chunk) => s.write(chunk).then(() => undefined), query.format);
      });
    },
  }),
];
