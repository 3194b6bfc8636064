import { expect, test, type Page } from "@playwright/test";
import { seedFixtures } from "./fixtures";

/**
 * Reader pages are sent as HTML with islands alone (components/islands,
 * lib/server/islands-delivery.ts): none of Next's scripts or flight data,
 * one module that hydrates each island, and JavaScript within budget: 100 KB
 * on list pages, 110 KB on articles. Live blogs keep Next's runtime.
 */
const LIST_PAGE_JS_BUDGET = 100_000;
const ARTICLE_JS_BUDGET = 110_000;

async function visit(page: Page, path: string) {
  const scripts: { url: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const sizes = await request.sizes();
    scripts.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const html = await (await page.request.get(path)).text();
  const islands = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-island]")].map((element) => ({
      name: element.dataset.island,
      hydrated: Object.keys(element).some((key) => key.startsWith("__reactContainer")),
    })),
  );
  return { scripts, html, islands };
}

test.describe("islands", () => {
  for (const path of [
    "/",
    `/${seedFixtures().section.slug}`,
    "/search?q=power",
    "/newsletters",
    `/${seedFixtures().page.slug}`,
  ]) {
    test(`${path} carries its islands alone, each hydrated, within the script budget`, async ({
      page,
    }) => {
      const { scripts, html, islands } = await visit(page, path);
      expect(html).not.toContain("self.__next_f");
      expect(scripts.filter((script) => script.url.startsWith("/_next/static/chunks/"))).toEqual(
        [],
      );
      expect(islands.map((island) => island.name)).toEqual(
        expect.arrayContaining(["section-strip", "nav-more", "sign-up-form", "member"]),
      );
      for (const island of islands) expect(island, island.name).toMatchObject({ hydrated: true });
      const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(LIST_PAGE_JS_BUDGET);
    });
  }

  test("a sign-up form answers in place on an islands page", async ({ page }) => {
    await page.goto("/newsletters");
    const form = page.locator("form.nl-form").first();
    await form.getByRole("checkbox").first().check();
    await form.getByLabel("Email address").fill("not-an-email");
    await form.getByRole("button", { name: "Sign up" }).click();
    // Checked by the island before any request: without it, the server answers on another page.
    await expect(form.getByRole("status")).toContainText("email");
    expect(new URL(page.url()).pathname).toBe("/newsletters");
  });

  test("an article carries its player, comments and rails as islands, within its budget", async ({
    page,
  }) => {
    const { scripts, html, islands } = await visit(page, `/${seedFixtures().published.slug}`);
    expect(html).not.toContain("self.__next_f");
    expect(scripts.filter((script) => script.url.startsWith("/_next/static/chunks/"))).toEqual([]);
    expect(islands.map((island) => island.name)).toEqual(
      expect.arrayContaining(["comments", "article-rails", "view-beacon", "edit-post-link"]),
    );
    for (const island of islands) expect(island, island.name).toMatchObject({ hydrated: true });
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    expect(total).toBeLessThanOrEqual(ARTICLE_JS_BUDGET);
  });
});
