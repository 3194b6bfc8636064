import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";

const fixtures = seedFixtures();

const pages = [
  ["home", "/"],
  ["section", `/${fixtures.section.slug}`],
  ["article", `/${fixtures.published.slug}`],
  ["article with corrections", `/${fixtures.withCorrection.slug}`],
  ["News Feed", "/news-feed"],
  // The demo's live blogs (lib/seed/demo/live-blogs.ts).
  ["live blog", "/grid-strikes-live"],
  ["ended live blog", "/prisoner-exchange-live"],
  ["search", "/search?q=drones"],
  ["empty search", "/search"],
  ["newsletters", "/newsletters"],
  ["membership", "/membership"],
  [
    "newsletter sign-up answer",
    "/newsletters/sign-up?newsletter=morning-briefing&result=invalid-email",
  ],
  ["404", "/no-such-page-here"],
  // The Ukrainian edition (lib/seed/demo/uk).
  ["Ukrainian home", "/uk"],
  ["Ukrainian section", `/uk/${fixtures.uk.section.slug}`],
  ["Ukrainian article", `/uk/${fixtures.uk.translation.slug}`],
  ["Ukrainian News Feed", "/uk/news-feed"],
  ["Ukrainian search", "/uk/search?q=%D0%9A%D0%B8%D1%94%D0%B2%D1%96"],
  ["Ukrainian newsletters", "/uk/newsletters"],
  ["Ukrainian newsletter preferences", "/uk/newsletters/manage?requested=sent"],
  ["Ukrainian sign-up answer", "/uk/newsletters/sign-up?newsletter=ranok&result=invalid-email"],
  ["Ukrainian reader sign-in", `/uk/comments/sign-in?returnTo=/uk/${fixtures.uk.translation.slug}`],
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of pages) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test("the skip link moves keyboard focus to the content", async ({ page }) => {
  await page.goto(`/${fixtures.published.slug}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
