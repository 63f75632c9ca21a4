import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../../src/services/demo.ts";
import {
  hasChromium,
  launchBrowser,
  SHOTS,
  startServer,
  type TestBrowser,
  type TestServer,
} from "./harness.ts";

/** Each screen by its hash route and the heading that says it has drawn. */
const SCREENS = [
  { file: "documents.png", hash: "#/documents", heading: "Documents" },
  { file: "timeline.png", hash: "#/timeline", heading: "Timeline" },
  { file: "positions.png", hash: "#/positions", heading: "Positions" },
  { file: "figures.png", hash: "#/figures", heading: "Figures" },
  { file: "actors.png", hash: "#/actors", heading: "Actors" },
] as const;

describe.skipIf(!hasChromium)("screenshots of the demo dossier", () => {
  let server: TestServer;
  let browser: TestBrowser;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startServer((store) => runDemo(store));
    browser = await launchBrowser();
    browser.page.on("pageerror", (e) => errors.push(e.message));
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shoot = async (file: string): Promise<string> => {
    const path = join(SHOTS, file);
    await browser.page.screenshot({ path, fullPage: true });
    console.log(`screenshot: ${path}`);
    return path;
  };

  it("shows the reader with a quote card open", async () => {
    await browser.page.goto(`${server.url}#/documents`);
    await browser.page.locator("table.list a").first().click();
    await browser.page.locator("[data-testid=reader-text]").waitFor();
    const marks = browser.page.locator("mark.hl-quote");
    expect(await marks.count()).toBeGreaterThan(0);
    // A direct quote whose card names a speaker makes the most useful picture; else the last quote.
    const card = browser.page.locator("aside[data-testid=fact-card]");
    for (const mark of await marks.all()) {
      await mark.click();
      const speaker = card.locator("dd[data-field=speaker]");
      const direct = (await card.locator("h3").textContent()) === "direct quote";
      if (direct && (await speaker.count()) && (await speaker.textContent()) !== "—") break;
    }
    expect(await card.isVisible()).toBe(true);
    await shoot("reader-quote-card.png");
  });

  for (const screen of SCREENS) {
    it(`shows ${screen.hash}`, async () => {
      await browser.page.goto(`${server.url}${screen.hash}`);
      await browser.page.locator("#main h2", { hasText: screen.heading }).waitFor();
      await expect(browser.page.locator("#main [role=alert]").count()).resolves.toBe(0);
      await shoot(screen.file);
    });
  }

  it("raised no script errors on any screen", () => {
    expect(errors).toEqual([]);
  });
});
