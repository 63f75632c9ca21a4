import type pg from "pg";
import { SitrepError } from "../../errors/errors.ts";
import { reviewValues } from "../fact-rows.ts";
import type * as S from "../store.ts";

/** Appends a review; NOT_FOUND when its document is not stored (checked in the same statement). */
export async function putReview(db: pg.Pool, review: S.ReviewRecord): Promise<S.ReviewRecord> {
  const res = await db.query(
    `INSERT INTO reviews (doc_id, kind, span_start, span_end, action, correction_json, reviewer, at)
     SELECT $1, $2, $3, $4, $5, $6::json, $7, $8 WHERE EXISTS (SELECT 1 FROM documents WHERE id = $1)`,
    reviewValues(review),
  );
  if (res.rowCount === 0) {
    throw new SitrepError("NOT_FOUND", `no document ${review.docId} to review`, "check the document id");
  }
  return review;
}

/** Reviews of one document (or all), oldest first. */
export async function listReviews(db: pg.Pool, docId?: string): Promise<S.ReviewRecord[]> {
  const res = await db.query(
    `SELECT doc_id AS "docId", kind, span_start AS start, span_end AS "end", action,
       correction_json AS correction, reviewer, at
     FROM reviews WHERE $1::text IS NULL OR doc_id = $1 ORDER BY id`,
    [docId ?? null],
  );
  return res.rows as S.ReviewRecord[];
}

/** Appends an actor link. */
export async function putActorLink(db: pg.Pool, link: S.ActorLinkRecord): Promise<void> {
  await db.query("INSERT INTO actor_links (action, a, b, reviewer, at) VALUES ($1, $2, $3, $4, $5)", [
    link.action,
    link.a,
    link.b,
    link.reviewer,
    link.at,
  ]);
}

/** Every actor link, oldest first. */
export async function listActorLinks(db: pg.Pool): Promise<S.ActorLinkRecord[]> {
  const res = await db.query("SELECT action, a, b, reviewer, at FROM actor_links ORDER BY id");
  return res.rows as S.ActorLinkRecord[];
}
