import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const WEB = fileURLToPath(new URL("../web/", import.meta.url));

/** The page's three files: HTML, one bundled script, one stylesheet. */
export interface WebAssets {
  html: string;
  js: string;
  css: string;
}

let cached: Promise<WebAssets> | null = null;

/**
 * Bundles the page's TypeScript (src/web) with esbuild, once per process: the page ships as
 * source and needs no build step before `npm start`.
 */
export function webAssets(): Promise<WebAssets> {
  cached ??= build({
    entryPoints: [`${WEB}main.ts`],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
  }).then((out) => ({
    html: readFileSync(`${WEB}index.html`, "utf8"),
    js: out.outputFiles[0]?.text ?? "",
    css: readFileSync(`${WEB}app.css`, "utf8"),
  }));
  return cached;
}
