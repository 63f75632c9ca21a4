import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hasChromium,
  launchBrowser,
  startServer,
  type TestBrowser,
  type TestServer,
  uploadThroughForm,
} from "./harness.ts";

// Script payloads inside an article's TEXT (a plain-text upload): each would set a global flag if run.
const SCRIPT = "<script>window.__sitrepPwned = 'script'</script>";
const ONERROR = "<img src=x onerror=window.__sitrepPwned=2>";
const ONERROR_QUOTED = `<img src=x onerror="window.__sitrepPwned = 'onerror'">`;
// The payload inside the quote has no straight double quotes: the quote finder then keeps the quote,
// so its card (which copies the span) is exercised too.
const ARTICLE =
  `Post removed: ${SCRIPT} ${ONERROR_QUOTED}\n\n` +
  `ALDEN, Norvia – A post shared on Friday carried the code ${SCRIPT} and the tag ${ONERROR} before ` +
  "moderators removed it, the Norvian Press Council said.\n\n" +
  `“Readers must never run what an article quotes, such as ${ONERROR},” said Tomas Rell, a council spokesman.\n`;

const flag = (b: TestBrowser) =>
  b.page.evaluate(() => (window as unknown as { __sitrepPwned?: string }).__sitrepPwned ?? null);

describe.skipIf(!hasChromium)("hostile article text in Chromium", () => {
  let server: TestServer;
  let browser: TestBrowser;
  const dialogs: string[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    browser.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("serves the page with a strict Content-Security-Policy", async () => {
    const res = await browser.page.goto(server.url);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });

  /** No element the text could have smuggled in: the page itself has no <script> or <img> in #main. */
  const smuggled = (b: TestBrowser) => b.page.locator("#main script, #main img, #main iframe").count();

  // Second pass without the CSP header: the renderer alone must keep the payloads as text.
  it.each([
    { csp: true, name: "hostile.txt" },
    { csp: false, name: "hostile-again.txt" },
  ])("shows script and onerror payloads as text and runs none of them (CSP: $csp)", async ({ csp, name }) => {
    const { page } = browser;
    if (!csp) {
      await page.route("**/*", async (route) => {
        const res = await route.fetch();
        const headers = { ...res.headers() };
        delete headers["content-security-policy"];
        await route.fulfill({ response: res, headers });
      });
    }
    await uploadThroughForm(page, server.url, { name, text: ARTICLE });
    const reader = page.locator("[data-testid=reader-text]");
    await expect(reader.textContent()).resolves.toBe(ARTICLE);
    expect(await page.getByText(SCRIPT).count()).toBeGreaterThan(0);
    // Open every card too: cards copy spans of the text (the quote holds the onerror payload).
    const shown: string[] = [];
    for (const mark of await page.locator("mark.hl").all()) {
      await mark.click();
      shown.push((await page.locator("aside[data-testid=fact-card]").textContent()) ?? "");
      expect(await smuggled(browser)).toBe(0);
    }
    expect(shown.some((t) => t.includes(ONERROR))).toBe(true);

    // The list and search views render the same text.
    await page.goto(`${server.url}#/documents`);
    await page.locator("table.list").waitFor();
    expect(await smuggled(browser)).toBe(0);
    await page.goto(`${server.url}#/search/moderators`);
    await page.locator("ul.results li").first().waitFor();
    expect(await smuggled(browser)).toBe(0);
    await page.waitForTimeout(200);
    expect(await flag(browser)).toBeNull();
    expect(dialogs).toEqual([]);
    await page.unrouteAll();
  });

  it("blocks inline handlers even if markup reached the DOM (CSP as the second wall)", async () => {
    const violations: string[] = [];
    browser.page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await browser.page.evaluate(
      (html) => document.body.insertAdjacentHTML("beforeend", html),
      ONERROR_QUOTED,
    );
    await browser.page.waitForTimeout(300);
    expect(await flag(browser)).toBeNull();
    expect(violations.length).toBeGreaterThan(0);
  });
});
