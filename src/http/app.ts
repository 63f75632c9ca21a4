import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { Dossier } from "../services/dossier/dossier.ts";
import type { Store } from "../store/store.ts";
import { webAssets } from "./assets.ts";
import { HttpError, handleError } from "./errors.ts";
import { parseInput, type RouteSpec } from "./route.ts";
import { documentRoutes } from "./routes/documents.ts";
import { dossierRoutes } from "./routes/dossier.ts";
import { reviewRoutes } from "./routes/reviews.ts";
import { requireToken, securityHeaders } from "./security.ts";

/** Every API route, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly RouteSpec[] = [...documentRoutes, ...dossierRoutes, ...reviewRoutes];

export interface AppOptions {
  store: Store;
  /** Required on every API call when set; `sitrep serve` sets one whenever it listens beyond loopback. */
  token?: string | null;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

/** The HTTP API and the web page over one store: thin routes over the services. */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const token = options.token ?? null;
  let dossier: Promise<Dossier> | null = null;
  const app = new Hono();
  app.onError(handleError);
  app.notFound((c) => c.json({ code: "NOT_FOUND", message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.use("*", securityHeaders());
  app.use("/api/*", requireToken(token));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 16 * 1024 * 1024,
      onError: () => {
        throw new HttpError(
          413,
          "INPUT_TOO_LARGE",
          "request body too large: split the upload into smaller files",
        );
      },
    }),
  );
  for (const spec of API_ROUTES) {
    app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const query = parseInput(spec.query, c.req.query(), "query");
      let body: unknown;
      if (spec.body) {
        const raw = await c.req.json().catch(() => {
          throw new HttpError(400, "INVALID_ARGUMENT", "the request body must be JSON");
        });
        body = parseInput(spec.body, raw, "body");
      }
      const out = await spec.handler({
        store,
        dossier: () => {
          dossier ??= Dossier.load(store);
          return dossier;
        },
        changed: () => {
          dossier = null;
        },
        query,
        body,
        params: c.req.param() as Record<string, string>,
        c,
      });
      return out instanceof Response ? out : c.json(out as object);
    });
  }
  app.get("/api/openapi.json", async (c) => c.json((await import("./openapi.ts")).openApiDocument()));
  app.get("/", async (c) => {
    const given = c.req.query("token");
    if (given !== undefined && token && given === token) {
      // Keep the token in an HttpOnly cookie and take it out of the address bar.
      c.header("set-cookie", `sitrep_token=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`);
      return c.redirect("/", 303);
    }
    return c.html((await webAssets()).html);
  });
  app.get("/app.js", async (c) =>
    c.body((await webAssets()).js, 200, { "content-type": "text/javascript; charset=utf-8" }),
  );
  app.get("/app.css", async (c) =>
    c.body((await webAssets()).css, 200, { "content-type": "text/css; charset=utf-8" }),
  );
  return app;
}
