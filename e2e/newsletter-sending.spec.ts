import { expect, test } from "@playwright/test";
import { staffPage } from "./staff";

test.describe("sending a newsletter issue", () => {
  test("an editor writes an issue, previews it, tests it and sends it to every confirmed subscriber", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { context, page } = await staffPage(browser, "editor");
    const subject = `Morning: the night in review ${Date.now()}`;

    await page.goto("/editor/newsletters");
    await page.getByRole("link", { name: "Morning Briefing" }).waitFor();
    await page.goto("/editor/newsletters/issues/new");
    await page
      .getByLabel("Newsletter", { exact: true })
      .selectOption({ label: "Morning Briefing" });
    await page.getByLabel("Subject line").fill(subject);
    await page.getByLabel("Introduction").fill("Good morning.\n\nHere is what happened overnight.");
    // The latest published stories are offered before anything is typed.
    const add = page.getByRole("button", { name: /^Add “/ });
    await add.first().click();
    await expect(page.getByRole("button", { name: /^Remove “/ })).toHaveCount(1);
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/editor\/newsletters\/issues\/(?!new$)[\w-]+$/, {
      timeout: 15_000,
    });

    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await expect(page.getByTitle("Email preview at desktop width")).toBeVisible();
    await page.getByRole("button", { name: "Plain text" }).click();
    await expect(page.getByLabel("Plain-text version")).toContainText("Here is what happened");

    await page.getByRole("button", { name: "Send a test to me" }).click();
    await expect(page.getByText("Test copy queued for editor@example.com.")).toBeVisible();

    const send = page.getByRole("button", { name: /^Send to [\d,]+ confirmed subscribers…$/ });
    const recipients = Number((await send.textContent())?.match(/[\d,]+/)?.[0]?.replace(/,/g, ""));
    expect(recipients).toBeGreaterThan(0);
    await send.click();
    await page.getByRole("button", { name: "Send now" }).click();

    // The sender runs in the background; the page follows it without a reload.
    await expect(page.getByRole("heading", { name: "Progress" })).toBeVisible();
    const remaining = page.locator(".enl-progress-counts [data-kind=remaining] dd");
    await expect(remaining).toHaveText("0", { timeout: 60_000 });
    await expect(page.locator(".enl-progress-counts [data-kind=sent] dd")).toHaveText(
      String(recipients),
    );
    await expect(page.getByRole("row")).toHaveCount(recipients + 1);
    await context.close();
  });

  test("contributors and authors cannot reach the newsletter screens", async ({ browser }) => {
    for (const role of ["contributor", "author"] as const) {
      const { context, page } = await staffPage(browser, role);
      await expect(page.getByRole("link", { name: "Newsletters" })).toHaveCount(0);
      for (const path of [
        "/editor/newsletters",
        "/editor/newsletters/issues/new",
        "/editor/newsletters/subscribers",
        "/editor/newsletters/subscribers/export",
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), `${role} ${path}`).toBe(403);
      }
      await context.close();
    }
  });
});
