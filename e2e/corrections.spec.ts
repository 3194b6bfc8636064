import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { staffPage } from "./staff";

const fixtures = seedFixtures();

test.describe("corrections", () => {
  test("an editor adds a correction; the article and /corrections show it, and Updated moves", async ({
    browser,
  }) => {
    const article = fixtures.published;
    const text = `An earlier version of this article gave the wrong time of the strike (${Date.now()}).`;

    const editor = await staffPage(browser, "editor", `/${article.slug}`);
    const page = editor.page;
    await page.goto(`/${article.slug}`);
    await page.getByRole("link", { name: "Edit post" }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/(?!new$)[\w-]+$/);

    const panel = page.getByRole("region", { name: "Corrections and updates" });
    await panel.getByLabel("Add a note").selectOption("CORRECTION");
    await panel.getByLabel("What readers are told").fill(text);
    await panel.getByRole("button", { name: "Add correction" }).click();
    await expect(panel.getByRole("status")).toHaveText(/Correction added/);
    const note = panel.getByRole("listitem").filter({ hasText: text });
    await expect(note).toBeVisible();
    const noteTime = await note.locator("time").getAttribute("datetime");
    expect(noteTime).toBeTruthy();
    await editor.context.close();

    const reader = await browser.newPage();
    await reader.goto(`/${article.slug}`);
    const box = reader.getByRole("region", { name: "Corrections and updates" });
    await expect(box.getByRole("listitem").filter({ hasText: text })).toContainText("Correction");
    // "Updated" is the correction's time: a correction is a substantive update.
    await expect(reader.locator(".article-dates .updated time")).toHaveAttribute(
      "datetime",
      noteTime!,
    );

    await reader.goto("/corrections");
    await expect(reader.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
    const entry = reader.getByRole("listitem").filter({ hasText: text });
    await expect(entry).toContainText("Correction");
    await entry.getByRole("link", { name: article.title }).click();
    await expect(reader).toHaveURL(new RegExp(`/${article.slug}$`));
    await reader.close();
  });
});
