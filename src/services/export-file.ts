import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { SitrepError } from "../errors/errors.ts";

const FLUSH_AT = 64 * 1024;

/**
 * Writes a file atomically: `produce` writes into a hidden temporary file beside the target, which is
 * synced and renamed over the target only when everything succeeded. On any error the temporary
 * file is removed and the target is left as it was: never a half-written file.
 */
export async function writeFileAtomically(
  path: string,
  produce: (write: (chunk: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temp, "wx");
  } catch (err) {
    throw new SitrepError(
      "OUTPUT_UNWRITABLE",
      `cannot write ${path}: ${(err as Error).message}`,
      "check the folder exists and is writable",
    );
  }
  let buffered: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    await handle.write(buffered.join(""));
    buffered = [];
    size = 0;
  };
  try {
    await produce(async (chunk) => {
      buffered.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_AT) await flush();
    });
    await flush();
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
