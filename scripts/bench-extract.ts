/**
 * bench:extract — throughput and peak memory of `sitrep extract --jsonl` over real news text
 * (PolNeAR train articles, read from ../shared at run time, never copied into the project).
 * Usage: npm run bench:extract [-- --mb 4]
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SOURCE = fileURLToPath(
  new URL("../../shared/data/quotes/polnear/polnear_train.jsonl", import.meta.url),
);
const BIN = fileURLToPath(new URL("../bin/sitrep.js", import.meta.url));
const mbArg = process.argv.indexOf("--mb");
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 4) * 1024 * 1024;

if (!existsSync(SOURCE)) {
  console.error(`bench:extract needs ${SOURCE} (../shared beside the repository); nothing measured.`);
  process.exit(1);
}

// Deduplicate by document id (PolNeAR repeats articles across annotators) and stop at the target size.
const seen = new Set<string>();
const lines: string[] = [];
let bytes = 0;
for (const raw of readFileSync(SOURCE, "utf8").split("\n")) {
  if (!raw.trim() || bytes >= targetBytes) continue;
  const doc = JSON.parse(raw) as { doc_id: string; text: string; title: string; publication_date: string };
  if (seen.has(doc.doc_id)) continue;
  seen.add(doc.doc_id);
  lines.push(
    JSON.stringify({ id: doc.doc_id, title: doc.title, published: doc.publication_date, text: doc.text }),
  );
  bytes += Buffer.byteLength(doc.text, "utf8");
}
const input = `${lines.join("\n")}\n`;

// /usr/bin/time reports the child's peak resident memory; without it we report wall time only.
const useTime = existsSync("/usr/bin/time");
const cmd = useTime ? "/usr/bin/time" : process.execPath;
const args = useTime
  ? ["-f", "MAXRSS_KB=%M", process.execPath, BIN, "extract", "--jsonl"]
  : [BIN, "extract", "--jsonl"];
const started = process.hrtime.bigint();
const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
let outLines = 0;
let errors = 0;
let stderr = "";
let pending = "";
child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
  pending += chunk;
  const parts = pending.split("\n");
  pending = parts.pop() ?? "";
  for (const line of parts) {
    outLines++;
    if (line.includes('"error":{"code"')) errors++;
  }
});
child.stderr.setEncoding("utf8").on("data", (c: string) => {
  stderr += c;
});
child.stdin.end(input);
child.on("close", (code) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /MAXRSS_KB=(\d+)/.exec(stderr);
  const mb = bytes / 1024 / 1024;
  console.log(`documents:        ${lines.length} (${mb.toFixed(2)} MB of UTF-8 text, PolNeAR train)`);
  console.log(`results:          ${outLines} lines, ${errors} errors, exit ${code}`);
  console.log(`wall time:        ${seconds.toFixed(2)} s (including process start and model loading)`);
  console.log(
    `throughput:       ${(mb / seconds).toFixed(3)} MB/s, ${(lines.length / seconds).toFixed(1)} documents/s`,
  );
  if (rss) console.log(`peak memory:      ${(Number(rss[1]) / 1024).toFixed(0)} MB resident`);
  if (code !== 0 || outLines !== lines.length) {
    console.error(stderr.slice(0, 2000));
    process.exit(1);
  }
});
