import type { Context } from "hono";
import { SitrepError } from "../errors/errors.ts";

/** An error with an HTTP status and a stable code, raised by routes and middleware. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_OF: Record<string, HttpError["status"]> = {
  INPUT_EMPTY: 422,
  INPUT_BINARY: 415,
  INPUT_INVALID_UTF8: 422,
  INPUT_TOO_LARGE: 413,
  INPUT_NO_TEXT: 422,
  INPUT_UNREADABLE: 400,
  JSONL_MALFORMED: 400,
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
};

/** The one error handler: every failure becomes `{code, message}` with a fitting status. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof HttpError) return c.json({ code: err.code, message: err.message }, err.status);
  if (err instanceof SitrepError)
    return c.json({ code: err.code, message: err.describe() }, STATUS_OF[err.code] ?? 500);
  console.error(err);
  return c.json({ code: "INTERNAL", message: "unexpected server error; see the server log" }, 500);
}
