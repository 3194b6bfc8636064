import { expect, test } from "@playwright/test";
import { linkFromMail } from "./mailbox";
import { staffPage } from "./staff";

/**
 * A reader's confirmation email in the outbox, as an editor reads it (HTML
 * in a sandboxed frame, plain text with links), delivered through the e2e
 * run's SMTP server, with the reader's personal link shown token-less.
 */
test.describe("the staff outbox", () => {
  test("shows a reader's confirmation email to an editor without its live token", async ({
    browser,
    request,
    baseURL,
  }) => {
    const address = `outbox-reader-${Date.now()}@example.org`;
    const signUp = await request.post("/api/newsletters/subscribe", {
      headers: { Origin: baseURL ?? "", Accept: "application/json" },
      form: { email: address, newsletter: "morning-briefing", source: "newsletters-page" },
    });
    expect(signUp.ok()).toBe(true);

    const { context, page } = await staffPage(browser, "editor");
    await page.getByRole("link", { name: "Outbox" }).click();
    await page.getByLabel("Search by recipient").fill(address);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=outbox-reader/);
    const row = page.getByRole("row").filter({ hasText: address });
    await expect(row).toHaveCount(1);
    await row.getByRole("link").click();
    await expect(page).toHaveURL(/\/editor\/outbox\/[\w-]+$/);

    await expect(page.getByRole("heading", { level: 1 })).toContainText(/confirm/i);
    await expect(page.getByText(address).first()).toBeVisible();
    // Delivery runs right after the sign-up's response.
    await expect(async () => {
      await page.reload();
      await expect(page.locator(".eo-badge")).toHaveText("Sent");
    }).toPass({ timeout: 20_000 });
    await expect(
      page.getByText(/personal links in this message are shown with their token hidden/),
    ).toBeVisible();

    const frame = page.frameLocator("iframe[title^='HTML version']");
    await expect(frame.locator("body")).toContainText(/confirm/i);
    await expect(page.locator("iframe[title^='HTML version']")).toHaveAttribute(
      "sandbox",
      "allow-popups allow-popups-to-escape-sandbox",
    );

    const textLink = page.locator(".eo-text a").first();
    const href = await textLink.getAttribute("href");
    expect(href).toMatch(/^http.*[?&]token=hidden(&|$)/);
    // The reader received the real one.
    const delivered = await linkFromMail(address, "/newsletters/confirm?token=");
    expect(delivered).not.toContain("token=hidden");
    const [tab] = await Promise.all([context.waitForEvent("page"), textLink.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(href);
    await context.close();
  });

  test("works without JavaScript and is closed to contributors and authors", async ({
    browser,
  }) => {
    const editor = await staffPage(browser, "editor");
    const state = await editor.context.storageState();
    await editor.context.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: state });
    const page = await noScript.newPage();
    await page.goto("/editor");
    await page.getByRole("link", { name: "Outbox" }).click();
    await expect(page).toHaveURL(/\/editor\/outbox$/);
    await page.getByRole("link", { name: /^Sent/ }).click();
    await expect(page).toHaveURL(/status=sent/);
    await expect(page.getByRole("link", { name: /^Sent/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("table")).toBeVisible();
    await noScript.close();

    for (const role of ["contributor", "author"] as const) {
      const { context, page: staff } = await staffPage(browser, role);
      await expect(staff.getByRole("link", { name: "Outbox" })).toHaveCount(0);
      const response = await staff.goto("/editor/outbox");
      expect(response?.status()).toBe(403);
      await context.close();
    }
  });
});
