import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";

const fixtures = seedFixtures();

test.describe("story lists", () => {
  test("the News Feed pages through every story with plain links", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto("/news-feed"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News Feed");
    const firstPage = await page.locator(".feed-list a").allTextContents();
    expect(firstPage).toHaveLength(40);
    expect(firstPage[0]).toBe(fixtures.published.title);

    await page.getByRole("link", { name: "Older stories →" }).click();
    await expect(page).toHaveURL(/\/news-feed\/older\/[\w.-]+$/);
    const secondPage = await page.locator(".feed-list a").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await page.getByRole("link", { name: "← Back to the latest" }).click();
    await expect(page).toHaveURL(/\/news-feed$/);
    await context.close();
  });

  test("section pages paginate the same way", async ({ page }) => {
    await page.goto(`/${fixtures.section.slug}`);
    const first = await page.locator(".story-list h2").allTextContents();
    expect(first.length).toBe(20);
    await page.getByRole("link", { name: "Older stories →" }).click();
    await expect(page).toHaveURL(new RegExp(`/${fixtures.section.slug}/older/[\\w.-]+$`));
    await expect(page.getByRole("link", { name: "← Back to the latest" })).toBeVisible();
    const second = await page.locator(".story-list h2").allTextContents();
    expect(second.filter((title) => first.includes(title))).toEqual([]);
  });

  test("tag and author pages list their stories and link back to the article", async ({ page }) => {
    await page.goto(`/${fixtures.published.slug}`);
    const chip = page.locator(".tag-chips a").first();
    const tagName = (await chip.textContent())!;
    await chip.click();
    await expect(page).toHaveURL(/\/tag\//);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tagName);
    expect(await page.locator(".story-list article").count()).toBeGreaterThan(0);

    await page.goto(`/${fixtures.published.slug}`);
    const byline = page.locator(".byline a").first();
    const authorName = (await byline.textContent())!;
    await byline.click();
    await expect(page).toHaveURL(/\/author\//);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(authorName);
    await expect(
      page.locator(".story-list h2 a", { hasText: fixtures.published.title }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Editors' Picks" })).toBeVisible();
  });

  test("a malformed page cursor is a 404, and old ?before= links move to the new address", async ({
    page,
  }) => {
    expect((await page.goto("/news-feed/older/%3Cscript%3E"))?.status()).toBe(404);
    // A bad cursor in an old-style link leads to the list's first page.
    const first = await page.goto("/news-feed?before=%3Cscript%3E");
    expect(first?.request().redirectedFrom()?.url()).toContain("?before=");
    await expect(page).toHaveURL(/\/news-feed$/);
    await expect(page.locator(".feed-list a").first()).toHaveText(fixtures.published.title);

    await page.getByRole("link", { name: "Older stories →" }).click();
    const older = new URL(page.url()).pathname;
    const cursor = older.split("/").at(-1)!;
    const moved = await page.request.get(`/news-feed?before=${cursor}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(new URL(moved.headers().location!, page.url()).pathname).toBe(older);
  });

  test("an older page names its days, describes itself in JSON-LD, and a made-up cursor is a 404", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const description = () => page.locator('meta[name="description"]').getAttribute("content");
    for (const list of [`/${fixtures.section.slug}`, "/news-feed"]) {
      await page.goto(list);
      const firstTitle = await page.title();
      const firstDescription = await description();
      await page.getByRole("link", { name: "Older stories →" }).click();
      await page.waitForURL(/\/older\/[\w.-]+$/);
      const older = new URL(page.url()).pathname;
      // "War, March 2–9, 2026 | The Northern Dispatch"
      expect(await page.title(), list).not.toBe(firstTitle);
      expect(await page.title(), list).toMatch(
        /, [A-Z][a-z.]+ \d{1,2}.*\d{4} \| The Northern Dispatch$/,
      );
      expect(await description(), list).not.toBe(firstDescription);
      const nodes = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent!)));
      const collection = nodes.find((node) => node["@type"] === "CollectionPage");
      expect(collection?.url, list).toBe(`${baseURL}${older}`);

      // The same shape of cursor, naming no story of the list: not a page.
      const [time, id] = older.split("/").at(-1)!.split(".");
      for (const made of [
        `${time}.made-up-story`,
        `${(parseInt(time!, 36) - 1).toString(36)}.${id}`,
      ]) {
        const response = await page.goto(`${list}/older/${made}`);
        expect(response?.status(), made).toBe(404);
        await expect(
          page.getByRole("heading", { name: "We couldn’t find that page" }),
        ).toBeVisible();
      }
    }
    await context.close();
  });
});
