import type { Context } from "hono";
import type { z } from "zod";
import type { Dossier } from "../services/dossier/dossier.ts";
import type { Store } from "../store/store.ts";
import { HttpError } from "./errors.ts";

/** What every handler gets: the store, the cross-document view, and its validated input. */
export interface RouteContext<Q, B> {
  store: Store;
  /** The dossier of everything stored, rebuilt after writes. */
  dossier(): Promise<Dossier>;
  /** Tells the server that stored data changed (after an upload or a review). */
  changed(): void;
  query: Q;
  body: B;
  params: Record<string, string>;
  c: Context;
}

/** One API route: its method, path, schemas (validation and the OpenAPI document) and handler. */
export interface RouteSpec<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: "get" | "post" | "delete";
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  /** A JSON body schema; routes that take raw text (uploads) leave it out and read the request. */
  body?: B;
  /** Media types accepted as a raw body (documented in OpenAPI), for upload routes. */
  rawBody?: string[];
  response: z.ZodType;
  /** Non-JSON responses (exports): the media types returned. */
  produces?: string[];
  handler: (ctx: RouteContext<z.infer<Q>, z.infer<B>>) => Promise<unknown> | unknown;
}

/** Declares a route with typed input. */
export function defineRoute<Q extends z.ZodType, B extends z.ZodType>(spec: RouteSpec<Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** Validates input against a schema, turning failures into a 400 that names the field. */
export function parseInput<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? `${where} field "${issue.path.join(".")}"` : where;
  throw new HttpError(400, "INVALID_ARGUMENT", `${field}: ${issue?.message ?? "invalid"}`);
}
