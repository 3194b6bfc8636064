import { expect, test, type Page } from "@playwright/test";
import { seedFixtures } from "./fixtures";

/**
 * Reader pages are sent as HTML with islands alone (components/islands,
 * lib/server/islands-delivery.ts): none of Next's scripts or flight data,
 * and one module that hydrates each island when a reader wants it. With
 * every island at work, JavaScript stays within budget: 100 KB on list
 * pages, 110 KB on articles. Live blogs keep Next's runtime.
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
  return { scripts, html };
}

const total = (scripts: { bytes: number }[]) =>
  scripts.reduce((sum, script) => sum + script.bytes, 0);

/** The islands that draw something, and whether each is hydrated yet. */
const islandsOn = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-island]")]
      .filter((element) => element.childElementCount > 0)
      .map((element) => ({
        name: element.dataset.island,
        hydrated: element.hasAttribute("data-hydrated"),
      })),
  );

/** Points at every island and brings it into view, as a reader would. */
async function useEveryIsland(page: Page) {
  for (const box of await page.locator("[data-island] > *:first-child").all()) {
    if (await box.isVisible()) await box.hover();
    else await box.scrollIntoViewIfNeeded();
  }
  await expect(page.locator("[data-island]:not([data-hydrated]):has(> *)")).toHaveCount(0);
}

test.describe("islands", () => {
  for (const path of [
    "/",
    `/${seedFixtures().section.slug}`,
    "/search?q=power",
    "/newsletters",
    `/${seedFixtures().page.slug}`,
  ]) {
    test(`${path} carries its islands alone, hydrates each when wanted, within the script budget`, async ({
      page,
    }) => {
      const { scripts, html } = await visit(page, path);
      expect(html).not.toContain("self.__next_f");
      expect(scripts.filter((script) => script.url.startsWith("/_next/static/chunks/"))).toEqual(
        [],
      );
      const names = (await islandsOn(page)).map((island) => island.name);
      expect(names).toEqual(expect.arrayContaining(["section-strip", "nav-more", "sign-up-form"]));
      // The member mark runs without React; the header's islands wait for a reader.
      expect(await page.locator('[data-island="member"]').count()).toBe(1);
      const header = (await islandsOn(page)).filter((island) =>
        ["section-strip", "nav-more"].includes(island.name!),
      );
      expect(header).toEqual(header.map((island) => ({ ...island, hydrated: false })));

      await useEveryIsland(page);
      expect(scripts.filter((script) => script.url.startsWith("/_next/static/chunks/"))).toEqual(
        [],
      );
      expect(total(scripts)).toBeGreaterThan(0);
      expect(total(scripts)).toBeLessThanOrEqual(LIST_PAGE_JS_BUDGET);
    });
  }

  test("a reader who only reads a list page downloads no React", async ({ page }) => {
    const { scripts } = await visit(page, `/${seedFixtures().section.slug}`);
    expect(await islandsOn(page)).not.toContainEqual(expect.objectContaining({ hydrated: true }));
    expect(total(scripts)).toBeGreaterThan(0);
    expect(total(scripts)).toBeLessThan(10_000);
  });

  test("a click that comes before its island is ready is answered once it is", async ({ page }) => {
    await page.goto("/", { waitUntil: "networkidle" });
    const nav = page.getByRole("navigation", { name: "Sections" });
    // Straight to a click, with no pointer over it first: the island wakes on the click itself.
    await nav.getByText("More", { exact: true }).dispatchEvent("click");
    await expect(nav.locator(".nav-more-panel")).toBeVisible();
    await expect(page.locator('[data-island="nav-more"]')).toHaveAttribute("data-hydrated", "");
    await nav.locator(".nav-more-panel").getByRole("link").first().focus();
    await page.keyboard.press("Escape");
    await expect(nav.locator(".nav-more-panel")).toBeHidden();
  });

  test("a sign-up form keeps what a reader did before it was ready, and answers in place", async ({
    page,
  }) => {
    // The form's island is kept from loading until the reader has filled it in.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/islands/sign-up-form-*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/newsletters");
    const island = page.locator('[data-island="sign-up-form"]').first();
    const form = island.locator("form.nl-form");
    const box = form.getByRole("checkbox").first();
    await box.check();
    await form.getByLabel("Email address").fill("not-an-email");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(box).toBeChecked();
    expect(await island.getAttribute("data-hydrated")).toBeNull();

    release();
    // The held submit is answered by the island, checked before any request:
    // without it, the server would answer on another page.
    await expect(island).toHaveAttribute("data-hydrated", "");
    await expect(form.getByRole("status")).toContainText("email");
    await expect(box).toBeChecked();
    expect(new URL(page.url()).pathname).toBe("/newsletters");
  });

  test("an article carries its player, comments and rails as islands, within its budget", async ({
    page,
  }) => {
    const { scripts, html } = await visit(page, `/${seedFixtures().published.slug}`);
    expect(html).not.toContain("self.__next_f");
    expect(scripts.filter((script) => script.url.startsWith("/_next/static/chunks/"))).toEqual([]);
    expect(
      await page
        .locator("[data-island]")
        .evaluateAll((all) => all.map((e) => e.getAttribute("data-island"))),
    ).toEqual(
      expect.arrayContaining(["comments", "article-rails", "view-beacon", "edit-post-link"]),
    );
    await useEveryIsland(page);
    expect(total(scripts)).toBeLessThanOrEqual(ARTICLE_JS_BUDGET);
  });
});
