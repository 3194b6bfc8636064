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

  test("the empty search page puts the cursor in the box; a page of results does not", async ({
    page,
  }) => {
    await page.goto("/search");
    await expect(page.getByRole("searchbox", { name: "Search for" })).toBeFocused();
    await page.goto("/search?q=Kyiv");
    await expect(page.getByRole("searchbox", { name: "Search for" })).not.toBeFocused();
  });

  test("a query over 200 characters is cut at a word, and the page says so", async ({ page }) => {
    const words = Array.from({ length: 40 }, (_, i) => `Kyiv${i}`).join(" ");
    await page.goto(`/search?q=${encodeURIComponent(words)}`);
    await expect(page.getByText(/Searches are limited to 200 characters/)).toBeVisible();
    const searched = await page.getByRole("searchbox", { name: "Search for" }).inputValue();
    expect(searched.length).toBeLessThanOrEqual(200);
    expect(words.startsWith(`${searched} `)).toBe(true);
    // A query that fits says nothing of the kind.
    await page.goto("/search?q=Kyiv");
    await expect(page.getByText(/Searches are limited/)).toHaveCount(0);
  });

  test("filters left alone stay out of the address, with or without JavaScript", async ({
    browser,
    page,
  }) => {
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search for" }).fill("drones");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=drones$/);
    await page.getByRole("combobox", { name: "Order" }).selectOption("date");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=drones&sort=date$/);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto("/search");
    await plain.getByRole("searchbox", { name: "Search for" }).fill("drones");
    await plain.getByRole("button", { name: "Search" }).click();
    await expect(plain).toHaveURL(/\/search\?q=drones$/);
    await expect(plain.getByRole("status")).toContainText(/results? for/);
    await context.close();
  });
});
