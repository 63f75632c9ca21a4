/**
 * Typed errors with stable codes. `message` says what was wrong; `hint` says what to do about it.
 * The CLI prints both and exits non-zero; the HTTP layer maps them to `{code, message}`.
 */
export type ErrorCode =
  | "INPUT_EMPTY"
  | "INPUT_BINARY"
  | "INPUT_INVALID_UTF8"
  | "INPUT_TOO_LARGE"
  | "INPUT_UNREADABLE"
  | "INPUT_NO_TEXT"
  | "JSONL_MALFORMED"
  | "INVALID_ARGUMENT"
  | "NOT_FOUND"
  | "STORE_ERROR"
  | "STORE_REJECTED"
  | "ID_AMBIGUOUS"
  | "INGEST_INCOMPLETE"
  | "EXTRACT_FAILED"
  | "OUTPUT_UNWRITABLE";

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | null;

  constructor(code: ErrorCode, message: string, hint: string | null = null) {
    super(message);
    this.name = "SitrepError";
    this.code = code;
    this.hint = hint;
  }

  /** The message and the hint, as one line for a person. */
  describe(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message;
  }
}

/** Wraps anything thrown into a SitrepError so callers report one shape. */
export function asSitrepError(err: unknown, fallback: ErrorCode = "INPUT_UNREADABLE"): SitrepError {
  if (err instanceof SitrepError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SitrepError(fallback, message);
}
