import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hasChromium,
  launchBrowser,
  startServer,
  type TestBrowser,
  type TestServer,
  uploadThroughForm,
} from "./harness.ts";
import { reextract } from "./reextract.ts";

// A fictional report written for this test: one direct quote with a named speaker, one figure.
const REPORT =
  "PORT SELAN, Norvia – Floods in the Dalmer valley have forced more than 3,400 families from their " +
  "homes, the Norvian Relief Council said on Tuesday.\n\n" +
  "“We need boats and clean water before the next storm,” said Irena Vos, who leads the council’s field team.\n\n" +
  "Local officials said 12 shelters had opened since Sunday.\n";

describe.skipIf(!hasChromium)("the reader in Chromium", () => {
  let server: TestServer;
  let browser: TestBrowser;
  let id = "";
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const quote = () => browser.page.locator("mark.hl-quote", { hasText: "clean water" }).first();
  const card = () => browser.page.locator("aside[data-testid=fact-card]");
  /** Corrects the fact under `mark` through its card and waits for the reader to redraw. */
  const correct = async (mark: ReturnType<typeof quote>, value: string): Promise<void> => {
    await mark.click();
    await card().locator("input[data-testid=correction]").fill(value);
    await card().locator("button[data-testid=correct]").click();
    await card().waitFor({ state: "detached" });
  };

  it("uploads a document through the form and lands on its reader", async () => {
    id = await uploadThroughForm(browser.page, server.url, {
      name: "floods.txt",
      text: REPORT,
      published: "2025-03-04",
    });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await expect(browser.page.locator("[data-testid=reader-text]").textContent()).resolves.toBe(REPORT);
    await expect(browser.page.locator("p.meta").textContent()).resolves.toContain("published 2025-03-04");
  });

  it("highlights the document's quotes", async () => {
    const marks = browser.page.locator("mark.hl-quote");
    expect(await marks.count()).toBeGreaterThan(0);
    const quoted = (await marks.allTextContents()).join("");
    expect(quoted).toContain("We need boats and clean water before the next storm");
  });

  it("opens a quote's card with its speaker", async () => {
    await quote().click();
    await expect(card().locator("h3").textContent()).resolves.toBe("direct quote");
    await expect(card().locator("dd[data-field=speaker]").textContent()).resolves.toBe("Irena Vos");
    await expect(card().locator("dd[data-field=text]").textContent()).resolves.toBe(
      "We need boats and clean water before the next storm",
    );
  });

  it("keeps a correction of a speaker and of a figure through a re-extraction", async () => {
    const figure = () => browser.page.locator("mark.hl-figure", { hasText: "3,400" }).first();
    await correct(quote(), "Irena Vos-Marek");
    await correct(figure(), "3,500");

    const before = await server.store.listReviews(id);
    expect(before.map((r) => [r.kind, r.action, r.correction])).toEqual([
      ["quotes", "correct", { speakerName: "Irena Vos-Marek" }],
      ["figures", "correct", { value: 3500 }],
    ]);
    expect(await reextract(server.store, id)).toBe("updated");
    expect((await server.store.stagesOf(id))?.join(" ")).toMatch(/quotes@\S+-rerun/);

    await browser.page.reload();
    await browser.page.locator("[data-testid=reader-text]").waitFor();
    await expect(browser.page.locator("p.meta").textContent()).resolves.toMatch(/-rerun/);
    await quote().click();
    await expect(card().locator("[data-testid=review-status]").textContent()).resolves.toMatch(
      /^corrected by \S+ on \d{4}-\d\d-\d\d$/,
    );
    await expect(card().locator("input[data-testid=correction]").inputValue()).resolves.toBe(
      "Irena Vos-Marek",
    );
    await figure().click();
    await expect(card().locator("[data-testid=review-status]").textContent()).resolves.toMatch(/^corrected/);
    await expect(card().locator("input[data-testid=correction]").inputValue()).resolves.toBe("3500");
  });
});
