/** Writes docs/openapi.json from the API's zod schemas: `npm run openapi`. A test checks it is current. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openApiDocument } from "../src/http/openapi.ts";

const out = fileURLToPath(new URL("../docs/openapi.json", import.meta.url));
writeFileSync(out, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`wrote ${out}`);
