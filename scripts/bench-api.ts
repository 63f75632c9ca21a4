/**
 * bench:api — median and p99 latency of the HTTP API under a short local load: the server runs in this
 * process on a loopback port over a temporary SQLite store holding the demo dossier; a bounded number
 * of requests is sent by a few concurrent clients. Usage: npm run bench:api [-- --requests 400 --clients 8]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "../src/http/app.ts";
import { runDemo } from "../src/services/demo.ts";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.ts";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg("requests", 400);
const CLIENTS = arg("clients", 8);

const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-api-"));
const store = new SqliteStore(join(dir, "bench.db"));
await runDemo(store);
const first = (await store.listDocuments({ limit: 1 }))[0];
const app = createApp({ store });
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
const { port } = server.address() as { port: number };
const base = `http://127.0.0.1:${port}`;
const paths = [
  "/api/documents?limit=20",
  `/api/documents/${first?.id}`,
  "/api/search?q=water",
  "/api/actors",
  "/api/quotes",
  "/api/timeline",
  "/api/figures",
  "/api/positions",
];

const timings = new Map<string, number[]>(paths.map((p) => [p, []]));
let next = 0;
let failures = 0;
const client = async (): Promise<void> => {
  while (next < REQUESTS) {
    const path = paths[next++ % paths.length] as string;
    const t0 = performance.now();
    const res = await fetch(base + path);
    await res.arrayBuffer();
    if (!res.ok) failures++;
    timings.get(path)?.push(performance.now() - t0);
  }
};
const started = performance.now();
await Promise.all(Array.from({ length: CLIENTS }, client));
const seconds = (performance.now() - started) / 1000;
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const all = [...timings.values()].flat();
console.log(
  `requests: ${all.length} by ${CLIENTS} clients in ${seconds.toFixed(2)} s (${(all.length / seconds).toFixed(0)} req/s), ${failures} failed`,
);
console.log(`all routes: median ${pct(all, 50).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms`);
for (const [path, xs] of timings)
  console.log(`  ${path.padEnd(48)} median ${pct(xs, 50).toFixed(1)} ms  p99 ${pct(xs, 99).toFixed(1)} ms`);
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
if (failures > 0) process.exit(1);
