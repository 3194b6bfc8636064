import { expect, test, type Page } from "@playwright/test";

/**
 * A phone 390 pixels wide: nothing wider than the screen, every section
 * reachable although the strip of them scrolls, and "More" a disclosure
 * that Escape closes.
 */
test.use({ viewport: { width: 390, height: 844 } });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("on a phone", () => {
  test("the search form fits the screen, button and filters included", async ({ page }) => {
    await page.goto("/search");
    expect(await overflow(page)).toBe(0);
    const form = page.getByRole("search");
    for (const control of [
      form.getByRole("searchbox", { name: "Search for" }),
      form.getByRole("button", { name: "Search" }),
      form.getByLabel("Section"),
      form.getByLabel("Author"),
      form.getByLabel("From"),
      form.getByLabel("To"),
      form.getByLabel("Order"),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });

  test("the section strip says it scrolls, and More lists every section", async ({ page }) => {
    await page.goto("/");
    expect(await overflow(page)).toBe(0);
    const nav = page.getByRole("navigation", { name: "Sections" });
    const strip = nav.locator(".nav-sections");
    const names = (await strip.getByRole("link").allTextContents()).map((name) => name.trim());
    expect(names.length).toBeGreaterThan(3);
    // Some sections are out of sight: the strip fades there and shows an arrow.
    const hidden = await strip.getByRole("link").evaluateAll((links) => {
      const list = links[0]!.closest("ul")!.getBoundingClientRect();
      return links.filter((link) => link.getBoundingClientRect().right > list.right).length;
    });
    expect(hidden).toBeGreaterThan(0);
    // The strip's script wakes when a reader reaches for it.
    await strip.hover();
    await expect(strip).toHaveAttribute("data-more-end", "true");
    const arrow = nav.locator(".nav-strip-next");
    await expect(arrow).toBeVisible();
    await arrow.click();
    await expect.poll(() => strip.evaluate((list) => list.scrollLeft)).toBeGreaterThan(0);
    await expect(nav.locator(".nav-strip-back")).toBeVisible();

    // "More" lists them all, and Escape closes it with focus back on "More".
    const more = nav.getByText("More", { exact: true });
    await more.click();
    const menu = nav.locator(".nav-more-panel");
    await expect(menu).toBeVisible();
    const sections = menu.getByRole("list", { name: "Sections" });
    expect((await sections.getByRole("link").allTextContents()).map((name) => name.trim())).toEqual(
      names,
    );
    await sections.getByRole("link").first().focus();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();

    // Opened from the keyboard too; a click elsewhere closes it.
    await page.keyboard.press("Enter");
    await expect(menu).toBeVisible();
    await page.getByRole("main").click({ position: { x: 5, y: 5 } });
    await expect(menu).toBeHidden();
  });

  test("without JavaScript, More still opens and lists every section", async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Sections" });
    const names = await nav.locator(".nav-sections").getByRole("link").allTextContents();
    await nav.getByText("More", { exact: true }).click();
    const listed = await nav
      .getByRole("list", { name: "Sections" })
      .getByRole("link")
      .allTextContents();
    expect(listed).toEqual(names);
    await context.close();
  });
});
