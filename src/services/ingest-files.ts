import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/**
 * What `sitrep ingest` reads inside folders: plain text and Markdown as documents, HTML through the
 * article extractor, JSON lines one document per line. Other files (images, PDFs, .json metadata…)
 * are skipped and counted. A file named explicitly is always read; .json given explicitly is
 * one object or an array of objects, like a JSON line.
 */
export const DOCUMENT_EXTENSIONS: readonly string[] = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];
export const JSONL_EXTENSIONS: readonly string[] = [".jsonl", ".ndjson"];

export type SourceKind = "document" | "jsonl" | "json";

export interface SourceFile {
  readonly path: string;
  readonly kind: SourceKind;
}

export interface CollectedSources {
  readonly files: SourceFile[];
  /** Paths that could not be read at all (missing, permission denied). */
  readonly unreadable: { path: string; reason: string }[];
  /** Files inside folders with an extension sitrep does not read. */
  readonly skipped: string[];
}

function kindOf(path: string, explicit: boolean): SourceKind | null {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.includes(ext)) return "jsonl";
  if (explicit && ext === ".json") return "json";
  if (explicit || DOCUMENT_EXTENSIONS.includes(ext)) return "document";
  return null;
}

/**
 * Expands the paths a person gave into the files to read, in a stable order (names sorted), walking
 * folders recursively. Hidden files and folders (".git", ".DS_Store") are left out; symbolic links
 * are followed, but a folder is never walked twice (no loops).
 */
export async function collectSources(paths: readonly string[]): Promise<CollectedSources> {
  const out: CollectedSources = { files: [], unreadable: [], skipped: [] };
  const seenDirs = new Set<string>();
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT" ? "no such file or folder" : code === "EACCES" ? "permission denied" : String(err);
      out.unreadable.push({ path, reason });
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (err) {
        out.unreadable.push({
          path,
          reason: `cannot list the folder (${(err as NodeJS.ErrnoException).code})`,
        });
        return;
      }
      for (const name of names) if (!name.startsWith(".")) await walk(join(path, name), false);
      return;
    }
    const kind = info.isFile() ? kindOf(path, explicit) : null;
    if (kind) out.files.push({ path, kind });
    else out.skipped.push(path);
  };
  for (const path of paths) await walk(path, true);
  return out;
}

/**
 * The lines of a file as raw bytes with their 1-based numbers, streamed: each line is decoded on its
 * own, so one line of invalid UTF-8 fails alone and a huge file never sits in memory.
 */
export async function* byteLines(path: string): AsyncGenerator<{ lineNo: number; bytes: Buffer }> {
  let rest: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  for await (const chunk of createReadStream(path)) {
    let buf = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl = buf.indexOf(0x0a);
    while (nl >= 0) {
      yield { lineNo: ++lineNo, bytes: stripCr(buf.subarray(0, nl)) };
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length > 0) yield { lineNo: ++lineNo, bytes: stripCr(rest) };
}

const stripCr = (b: Buffer): Buffer => (b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, -1) : b);
