import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";

const fixtures = seedFixtures();

test.describe("reader pages", () => {
  test("home lists the latest stories with the lead first", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "The Northern Dispatch, home" })).toBeVisible();
    const lead = page.getByRole("region", { name: "Top story" });
    await expect(lead.getByRole("heading", { level: 2 })).toHaveText(fixtures.published.title);
    await expect(page.getByRole("heading", { name: "News Feed" })).toBeVisible();
    await expect(
      page
        .getByRole("navigation", { name: "Sections", exact: true })
        .getByRole("link", { name: "War", exact: true }),
    ).toBeVisible();
  });

  test("an article renders completely on the server", async ({ browser }) => {
    // No JavaScript at all: what a crawler or a reader on a poor connection gets.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`/${fixtures.published.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.published.title);
    await expect(page.locator(".article-standfirst")).not.toBeEmpty();
    await expect(page.locator(".byline a").first()).toHaveAttribute("href", /^\/author\//);
    await expect(page.locator(".article-dates time").first()).toHaveText(
      /\d{4} \d{1,2}:\d{2} (AM|PM)/,
    );
    await expect(page.getByText(/min read/)).toBeVisible();
    const hero = page.locator(".article-hero");
    await expect(hero.locator("img")).toHaveAttribute("alt", /.+/);
    await expect(hero.locator("figcaption")).toContainText("(");
    expect(await page.locator(".article-body p").count()).toBeGreaterThan(1);
    await context.close();
  });

  test("hero images are served and decoded", async ({ page }) => {
    await page.goto(`/${fixtures.published.slug}`);
    const img = page.locator(".article-hero img");
    await expect(img).toBeVisible();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBeGreaterThan(0);
  });

  test("corrections are shown in their own box", async ({ page }) => {
    await page.goto(`/${fixtures.withCorrection.slug}`);
    const box = page.getByRole("region", { name: "Corrections and updates" });
    await expect(box).toBeVisible();
    await expect(box.getByRole("listitem").first()).toContainText(
      /Correction|Clarification|Update/,
    );
  });

  test("section and static pages resolve at the root", async ({ page }) => {
    expect((await page.goto(`/${fixtures.section.slug}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.section.name);
    expect(await page.locator(".story-list article").count()).toBeGreaterThan(0);
    expect((await page.goto(`/${fixtures.page.slug}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.page.title);
  });

  test("unknown addresses get a real 404 page, drawn on the server", async ({ browser }) => {
    // Without JavaScript, so that a 404 whose body only scripts can draw fails.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [
      "/no-such-story-anywhere",
      "/a/b/c",
      "/tag/no-such-tag",
      "/author/nobody",
      "/news-feed/older/not-a-cursor",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "We couldn’t find that page",
      );
    }
    await expect(page.getByRole("heading", { name: "Latest stories" })).toBeVisible();
    await context.close();
  });

  test("an old slug answers 301 with the current address", async ({ request, page }) => {
    const response = await request.get(`/${fixtures.oldSlug}?utm_source=test`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(
      `/${fixtures.published.slug}`,
    );
    expect(response.headers()["location"]).toContain("utm_source=test");
    await page.goto(`/${fixtures.oldSlug}`);
    await expect(page).toHaveURL(new RegExp(`/${fixtures.published.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.published.title);
  });

  test("drafts and scheduled stories are never public", async ({ page }) => {
    for (const ref of [fixtures.draft, fixtures.scheduled]) {
      const response = await page.goto(`/${ref.slug}`);
      expect(response?.status(), ref.slug).toBe(404);
      await expect(page.getByText(ref.title)).toHaveCount(0);
    }
    await page.goto("/");
    await expect(page.getByText(fixtures.draft.title)).toHaveCount(0);
  });
});
