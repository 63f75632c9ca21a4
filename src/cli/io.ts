import { readFile, stat } from "node:fs/promises";
import { SitrepError } from "../errors/errors.ts";

/** Reads a whole file, or stdin for "-", as bytes; a missing or unreadable path is a clear error. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new SitrepError(
        "INPUT_UNREADABLE",
        `${path} is a folder`,
        "give one file, or use `sitrep ingest` for folders",
      );
    }
    return await readFile(path);
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message;
    throw new SitrepError(
      "INPUT_UNREADABLE",
      `${path}: ${why}`,
      "check the path and that the file is readable",
    );
  }
}

/** Writes to stdout, waiting when the pipe is full, so large batches stream without buffering. */
export function writeStdout(text: string): Promise<void> | undefined {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}
