import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";

const fixtures = seedFixtures();

// Headless Chromium names itself in its user agent and is rightly not counted;
// this journey is a reader's, so it uses an ordinary browser's.
test.use({
  userAgent:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
});

test("reading an article puts it in Most popular", async ({ page }) => {
  const beacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.goto(`/${fixtures.withCorrection.slug}`);
  expect((await beacon).status()).toBe(204);

  // "Most popular" is ranked again every MOST_POPULAR_TTL_SECONDS (one
  // second on the e2e server), and the cached home page follows once a
  // request finds it stale: a reader sees the new ranking within a reload
  // or two, not necessarily on the very next request.
  const popular = page.getByRole("region", { name: "Most popular" });
  await expect(async () => {
    await page.goto("/");
    await expect(popular.getByRole("link").first()).toHaveText(fixtures.withCorrection.title, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
});

test("the article page sets no cookie and stays the same for every reader", async ({
  page,
  context,
}) => {
  const response = await page.goto(`/${fixtures.published.slug}`);
  expect(response?.headers()["set-cookie"]).toBeUndefined();
  expect(await context.cookies()).toEqual([]);
});
