import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { createApp } from "../../src/http/app.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import type { Store } from "../../src/store/store.ts";

/**
 * Debian's Chromium: the tests drive it and never download a browser of their own.
 * SITREP_CHROMIUM points elsewhere (a missing path shows the skip).
 */
export const CHROMIUM = process.env.SITREP_CHROMIUM || "/usr/bin/chromium";

/** True when Chromium is installed; browser tests skip (with a message) when it is not. */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `browser tests SKIPPED: ${CHROMIUM} is missing (install it with scripts/ensure-chromium.sh, as .ci/run does)`,
  );
}

/** Where screenshots go for a person to look at. */
export const SHOTS = "/tmp/sitrep-shots";

/** A running server over a fresh SQLite store in a temporary folder. */
export interface TestServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Starts the HTTP API and the page in this process on a free loopback port. */
export async function startServer(prepare?: (store: Store) => Promise<unknown>): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-browser-"));
  const store = new SqliteStore(join(dir, "browser.db"));
  if (prepare) await prepare(store);
  const app = createApp({ store });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
        resolve({ server: s, port: info.port }),
      );
    },
  );
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A headless Chromium with a fresh profile, no network chatter and no sandbox (CI runs as root). */
export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Launches Chromium with a throwaway user-data-dir and opens one page. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "sitrep-chromium-"));
  // launchPersistentContext is how Playwright takes an explicit --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Uploads a text file through the documents page's form and waits for its reader; returns the id. */
export async function uploadThroughForm(
  page: Page,
  url: string,
  file: { name: string; text: string; published?: string },
): Promise<string> {
  await page.goto(`${url}#/documents`);
  await page.locator("[data-testid=upload-file]").setInputFiles({
    name: file.name,
    mimeType: "text/plain",
    buffer: Buffer.from(file.text, "utf8"),
  });
  if (file.published) await page.locator("[data-testid=upload-published]").fill(file.published);
  await page.locator("[data-testid=upload-submit]").click();
  await page.waitForURL(/#\/documents\/[0-9a-f]+$/);
  await page.locator("[data-testid=reader-text]").waitFor();
  return decodeURIComponent(new URL(page.url()).hash.split("/")[2] ?? "");
}
