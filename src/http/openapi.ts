import { z } from "zod";
import { API_ROUTES } from "./app.ts";
import { ErrorBody } from "./schemas.ts";

/** The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  for (const spec of API_ROUTES) {
    const path = spec.path.replace(/:(\w+)/g, "{$1}");
    const params = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const query = spec.query
      ? (z.toJSONSchema(spec.query, { io: "input", unrepresentable: "any" }) as {
          properties?: Record<string, unknown>;
          required?: string[];
        })
      : null;
    for (const [name, schema] of Object.entries(query?.properties ?? {})) {
      params.push({
        name,
        in: "query",
        required: query?.required?.includes(name) ?? false,
        schema: schema as { type: string },
      });
    }
    const requestBody = spec.body
      ? { required: true, content: { "application/json": { schema: json(spec.body) } } }
      : spec.rawBody
        ? {
            required: true,
            content: Object.fromEntries(spec.rawBody.map((t) => [t, { schema: { type: "string" } }])),
          }
        : undefined;
    const ok = spec.produces
      ? {
          description: "OK",
          content: Object.fromEntries(spec.produces.map((t) => [t, { schema: { type: "string" } }])),
        }
      : { description: "OK", content: { "application/json": { schema: json(spec.response) } } };
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: params,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [spec.method === "post" ? "201" : "200"]: ok,
        default: { description: "Error", content: { "application/json": { schema: json(ErrorBody) } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "sitrep API",
      version: "1",
      description: "Sourced situation pictures from crisis reports.",
    },
    components: { securitySchemes: { token: { type: "http", scheme: "bearer" } } },
    security: [{ token: [] }],
    paths,
  };
}
