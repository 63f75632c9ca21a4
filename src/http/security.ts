import type { MiddlewareHandler } from "hono";
import { HttpError } from "./errors.ts";

/**
 * The page loads only its own script and styles: article text can never bring code with it, even if
 * some renderer slipped and treated it as HTML.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Security headers on every response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
  };
}

/** True for loopback addresses: the only hosts where the server may run without a token. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Requires `Authorization: Bearer TOKEN` (or the `sitrep_token` cookie the page sets from `?token=`)
 * on every API call when a token is configured. Comparison is constant-time.
 */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return next();
    const header = c.req.header("authorization") ?? "";
    const bearer = header.startsWith("Bearer ") ? header.slice(7) : null;
    const cookie = /(?:^|;\s*)sitrep_token=([^;]+)/.exec(c.req.header("cookie") ?? "")?.[1] ?? null;
    const given = bearer ?? (cookie ? decodeURIComponent(cookie) : null);
    if (!given || !safeEqual(given, token)) {
      throw new HttpError(
        401,
        "UNAUTHORIZED",
        "an access token is required: send Authorization: Bearer TOKEN",
      );
    }
    return next();
  };
}

function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
