import { expect, test } from "@playwright/test";
import { chooseHeroImage } from "./editor-steps";
import { seedFixtures } from "./fixtures";
import { staffPage } from "./staff";

const fixtures = seedFixtures();
const { untranslated, section } = fixtures.uk;

test("an editor translates a published story, and both pages link to each other", async ({
  browser,
}) => {
  const editor = await staffPage(browser, "editor", `/editor/articles/${untranslated.id}`);
  const page = editor.page;
  await expect(page.getByRole("heading", { name: "Edition: English" })).toBeVisible();
  await page.getByRole("button", { name: "Create translation (Ukrainian)" }).click();

  // A new draft in the Ukrainian edition, with the original beside it.
  await expect(page.getByRole("heading", { name: "Edition: Ukrainian" })).toBeVisible();
  const original = page.getByRole("complementary", { name: "Original (English)" });
  await expect(original.getByText(untranslated.title)).toBeVisible();
  const stamp = Date.now();
  const headline = `Переклад: нічний потяг ${stamp}`;
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Section").selectOption({ label: section.name });
  await chooseHeroImage(page);
  const checklist = page.getByRole("region", { name: "Ready to publish" });
  await expect(checklist).toContainText("Everything is ready.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const view = page.getByRole("link", { name: /View on site/ });
  await expect(view).toBeVisible();
  const address = await view.getAttribute("href");
  // In the Ukrainian edition, at the headline written in Latin letters.
  expect(address).toBe(`/uk/pereklad-nichnyi-potiah-${stamp}`);
  await editor.context.close();

  const reader = await browser.newPage();
  await reader.goto(address!);
  await expect(reader.locator("html")).toHaveAttribute("lang", "uk");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await reader.getByRole("link", { name: "Читати англійською" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(untranslated.title);
  await expect(reader.getByRole("link", { name: "Read in Ukrainian" })).toHaveAttribute(
    "href",
    address!,
  );
  await reader.close();
});
