import { expect, test } from "@playwright/test";
import { zonedParts } from "../lib/dates/zoned-time";
import { chooseHeroImage } from "./editor-steps";
import { seedFixtures } from "./fixtures";
import { staffPage } from "./staff";

const fixtures = seedFixtures();

test.describe("scheduled publishing", () => {
  test("an editor schedules a story seconds ahead; readers get it without anyone acting", async ({
    browser,
  }) => {
    // The in-process scheduler runs every 15 seconds; allow for a full round and a page load.
    test.setTimeout(120_000);
    const headline = `Grain convoy leaves the southern ports ${Date.now()}`;
    const { context, page } = await staffPage(browser, "editor", "/editor/articles/new");
    await page.getByLabel("Headline").fill(headline);
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/(?!new$)[\w-]+$/);

    // Until the checklist passes, scheduling waits and says why.
    const checklist = page.getByRole("region", { name: "Ready to publish" });
    await expect(checklist).toContainText(/items need attention/);
    await page.getByRole("button", { name: "Schedule…" }).click();
    await expect(checklist).toBeFocused();

    await page
      .getByLabel("Standfirst")
      .fill("Ships carrying wheat and maize left at dawn under escort.");
    await page.getByLabel("Section").selectOption({ label: fixtures.section.name });
    await page.getByRole("textbox", { name: "Body" }).click();
    await page.keyboard.type("The first ship cleared the harbour mouth shortly after six.");
    await chooseHeroImage(page);
    await expect(checklist).toContainText("Everything is ready.");

    await page.getByRole("button", { name: "Schedule…" }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule publication" });
    const dateInput = dialog.getByLabel(/^Publish date/);
    // The labels name the newsroom's zone; the time typed is on its clocks.
    const label = (await dialog.locator("label", { hasText: "Publish date" }).textContent()) ?? "";
    const zone = /\(([^)]+)\)/.exec(label)?.[1]?.replace(/ /g, "_") ?? "UTC";
    const at = new Date(Date.now() + 10_000);
    const { date, time } = zonedParts(at, zone);
    const seconds = String(at.getUTCSeconds()).padStart(2, "0");
    await dateInput.fill(date);
    await dialog.getByLabel(/^Publish time/).fill(`${time}:${seconds}`);
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(dialog).toBeHidden();
    // The bar says when, once, on the newsroom's clocks; the notice only confirms.
    await expect(page.getByText("Scheduled.", { exact: true })).toBeVisible();
    await expect(
      page.getByText(new RegExp(`^for .+ \\(${zone.replace(/_/g, " ")}\\)`)),
    ).toBeVisible();
    await context.close();

    // Nobody is signed in any more: the server publishes it on its own.
    const reader = await browser.newPage();
    await expect(async () => {
      await reader.goto("/");
      await expect(reader.getByRole("link", { name: headline }).first()).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await reader.getByRole("link", { name: headline }).first().click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await reader.close();
  });
});
