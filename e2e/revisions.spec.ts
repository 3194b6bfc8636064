import { expect, test } from "@playwright/test";
import { staffPage } from "./staff";

test.describe("revisions", () => {
  test("an editor compares two versions and restores the earlier one", async ({ browser }) => {
    const first = `Ferry crossings resume on the Dnipro ${Date.now()}`;
    const second = `${first}, officials say`;
    const { context, page } = await staffPage(browser, "editor");
    await page.goto("/editor/articles/new");
    await page.getByLabel("Headline").fill(first);
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/(?!new$)[\w-]+$/);
    const editorUrl = page.url();

    // A deliberate save of the first headline, then a second one.
    await page.getByRole("textbox", { name: "Body" }).click();
    await page.keyboard.type("The first ferry left at dawn.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("save-state")).toHaveText(/Saved/);
    await page.getByLabel("Headline").fill(second);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("save-state")).toHaveText(/Saved/);

    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    // The latest change is shown at once, the headline word by word.
    const headline = page.getByRole("region", { name: "Headline: changed" });
    await expect(headline.locator("ins")).toContainText(", officials say");

    // Restore the oldest version: the confirmation shows what would change.
    await page
      .getByRole("link", { name: /^Restore… version \d+$/ })
      .last()
      .click();
    const confirm = page.getByRole("region", { name: /^Restore version \d+\?$/ });
    await expect(confirm).toBeVisible();
    await expect(headline.locator("del")).toContainText(", officials say");
    await confirm.getByRole("button", { name: /^Restore version \d+$/ }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /was restored as version/ }),
    ).toBeVisible();
    await expect(page.getByText("Restored", { exact: true }).first()).toBeVisible();

    await page.getByRole("link", { name: "Open in the editor" }).click();
    await expect(page).toHaveURL(editorUrl);
    await expect(page.getByLabel("Headline")).toHaveValue(first);

    // Without JavaScript, choosing two versions is a plain GET form.
    const plain = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    });
    const noScript = await plain.newPage();
    await noScript.goto(`${editorUrl}/revisions`);
    await noScript
      .getByRole("radio", { name: /^Compare from version/ })
      .last()
      .check();
    await noScript
      .getByRole("radio", { name: /^Compare to version/ })
      .first()
      .check();
    await noScript.getByRole("button", { name: "Compare selected" }).click();
    await expect(noScript).toHaveURL(/(?=.*[?&]from=)(?=.*[?&]to=)/);
    await expect(noScript.getByRole("heading", { name: /^Changes between version/ })).toBeVisible();
    await plain.close();
    await context.close();
  });
});
