import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";

const fixtures = seedFixtures();

test.describe("search", () => {
  test("finds a story by its headline, highlights matches and is not indexed", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search for" }).fill(fixtures.published.title);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("status")).toContainText(/results? for/);
    await expect(page.locator(".search-results h2").first()).toHaveText(fixtures.published.title);
    expect(await page.locator(".search-results mark").count()).toBeGreaterThan(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await context.close();
  });

  test("filters by section and keeps the filter in the form", async ({ page }) => {
    await page.goto(`/search?q=Ukraine&section=${fixtures.section.slug}`);
    await expect(page.getByRole("combobox", { name: "Section" })).toHaveValue(
      fixtures.section.slug,
    );
    const kickers = await page.locator(".search-results .kicker").allTextContents();
    expect(kickers.length).toBeGreaterThan(0);
    // Non-news types show their type as the kicker; news shows the section.
    expect(
      kickers.filter((k) => !["Analysis", "Opinion", "Editorial", "Feature"].includes(k)),
    ).toEqual(kickers.filter((k) => k === fixtures.section.name));
  });

  test("an empty or hopeless search gets help, not an error", async ({ page }) => {
    expect((await page.goto("/search"))?.status()).toBe(200);
    await expect(page.getByText("Put a phrase in quotes")).toBeVisible();
    expect((await page.goto("/search?q=zzqxvv%22%26%7C%21"))?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("No stories match");
    await expect(page.getByRole("heading", { name: "Latest stories" })).toBeVisible();
  });
});
