import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/sitrep.js", import.meta.url));

export interface CliRun {
  status: number | null;
  /** The same as `status`, for tests that call it the exit code. */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sitrep ARGS…` as a user would, in a child process, with optional stdin. Asynchronous on
 * purpose: a synchronous spawn blocks the test worker, whose messages to the runner then time out.
 */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, code: status, stdout, stderr }));
    child.stdin.on("error", () => {}); // the command may exit before reading its input
    child.stdin.end(options.input ?? "");
  });
}

/** The environment without $SITREP_DB, so tests never touch a developer's own database. */
export function envWithoutDb(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { SITREP_DB: _, ...base } = process.env;
  return { ...base, ...extra };
}
