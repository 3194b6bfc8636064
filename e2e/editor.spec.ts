import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { chooseHeroImage } from "./editor-steps";
import { seedFixtures } from "./fixtures";
import { signIn, staffPage } from "./staff";

const fixtures = seedFixtures();

const saveState = (page: Page) => page.getByTestId("save-state");

/** Starts a draft through the "New article" form and returns its editor URL. */
async function startDraft(page: Page, headline: string): Promise<string> {
  await page.goto("/editor/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/(?!new$)[\w-]+$/);
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * The id Next gave a server action in this build, so a test can call the
 * action directly, the way a hand-made request would, bypassing the UI.
 */
function serverActionId(exportName: string): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, action]) =>
      action.exportedName === exportName &&
      action.filename?.includes("lib/articles/editing/actions"),
  );
  if (!entry) throw new Error(`No server action ${exportName} in this build`);
  return entry[0];
}

test.describe("the newsroom's workflow", () => {
  test("a contributor writes and submits; an editor publishes it to home, section and article page", async ({
    browser,
  }) => {
    const headline = `Night trains return to the eastern line ${Date.now()}`;
    const contributor = await staffPage(browser, "contributor");
    const page = contributor.page;
    const editorPath = await startDraft(page, headline);

    await page.getByLabel("Standfirst").fill("Service resumes after repairs to the signalling.");
    await page.getByLabel("Section").selectOption({ label: fixtures.section.name });
    const body = page.getByRole("textbox", { name: "Body" });
    await body.click();
    await page.keyboard.type("The first night train left the central station at eleven.");
    await expect(saveState(page)).toHaveText(/Saved/, { timeout: 15_000 });
    // Contributors have no way to publish, only to submit.
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("You can read this article but not change it.")).toBeVisible();
    await contributor.context.close();

    const editor = await staffPage(browser, "editor");
    await editor.page.goto("/editor");
    await editor.page.getByRole("link", { name: headline }).click();
    await expect(editor.page).toHaveURL(new RegExp(`${editorPath}$`));
    // The pre-publish checklist holds Publish back and says what is missing.
    const checklist = editor.page.getByRole("region", { name: "Ready to publish" });
    await expect(checklist).toContainText(/items? needs? attention/);
    await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(checklist).toBeFocused();
    await expect(editor.page.getByRole("link", { name: /View on site/ })).toHaveCount(0);
    await chooseHeroImage(editor.page);
    await expect(checklist).toContainText("Everything is ready.");
    await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(editor.page.getByRole("link", { name: /View on site/ })).toBeVisible();
    await editor.context.close();

    const reader = await browser.newPage();
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: headline }).first()).toBeVisible();
    await reader.goto(`/${fixtures.section.slug}`);
    await expect(reader.getByRole("link", { name: headline }).first()).toBeVisible();
    await reader.getByRole("link", { name: headline }).first().click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(reader.getByText("The first night train left the central station")).toBeVisible();
    await reader.close();
  });

  test("a contributor's direct call to the publish action is refused too", async ({ page }) => {
    await signIn(page, "contributor");
    const editorPath = await startDraft(page, `Unpublishable draft ${Date.now()}`);
    const id = editorPath.split("/").pop()!;
    const answer = await page.evaluate(
      async ({ actionId, id }) => {
        const response = await fetch(location.href, {
          method: "POST",
          headers: {
            "Next-Action": actionId,
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
          },
          body: JSON.stringify([{ id, version: 1 }]),
        });
        return response.text();
      },
      { actionId: serverActionId("publishArticleAction"), id },
    );
    expect(answer).toContain('"code":"forbidden"');
    await page.reload();
    await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  });

  test("two people editing one article never lose each other's work silently", async ({
    browser,
  }) => {
    const first = await staffPage(browser, "editor");
    const editorPath = await startDraft(first.page, `Harbour dredging plan ${Date.now()}`);
    await expect(saveState(first.page)).not.toHaveText(/Saving/);

    // The second person opens the same version before the first one saves again.
    const second = await staffPage(browser, "admin", editorPath);
    await expect(second.page.getByLabel("Headline")).toBeVisible();

    await first.page.getByLabel("Headline").fill("Harbour dredging plan approved by council");
    await expect(saveState(first.page)).toHaveText(/Saved/, { timeout: 15_000 });

    await second.page.getByLabel("Standfirst").fill("Work on the channel starts in spring.");
    const conflict = second.page.getByRole("dialog", { name: "Someone else changed this article" });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    // Both versions are on screen; the second person takes the other headline
    // across, then keeps their own version with it.
    await expect(conflict).toContainText("Harbour dredging plan approved by council");
    await conflict.getByRole("button", { name: /Copy their text \(Headline\)/ }).click();
    await conflict.getByRole("button", { name: "Keep my version" }).click();
    await expect(saveState(second.page)).toHaveText(/Saved/, { timeout: 15_000 });

    await first.page.reload();
    await expect(first.page.getByLabel("Headline")).toHaveValue(
      "Harbour dredging plan approved by council",
    );
    await expect(first.page.getByLabel("Standfirst")).toHaveValue(
      "Work on the channel starts in spring.",
    );
    await first.context.close();
    await second.context.close();
  });

  test("a deactivated account is signed out at once", async ({ browser }) => {
    const admin = await staffPage(browser, "admin", "/editor/staff/new");
    // Typing before the form hydrates is lost (React resets its fields).
    await admin.page.waitForLoadState("networkidle");
    const email = `stringer-${Date.now()}@example.com`;
    await admin.page.getByRole("textbox", { name: "Name" }).fill("Temporary Stringer");
    await admin.page.getByLabel("Email").fill(email);
    await admin.page.getByRole("radio", { name: /Contributor/ }).check();
    await admin.page.getByRole("button", { name: "Create account" }).click();
    const password = (await admin.page.getByLabel("Temporary password").textContent())!.trim();

    const stringer = await browser.newContext();
    const page = await stringer.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // A temporary password must be replaced before anything else.
    await expect(page).toHaveURL(/\/account\/password/);
    await page.goto("/editor/articles");
    await expect(page).toHaveURL(/\/account\/password/);
    const chosen = "a long phrase only I know";
    await page.getByLabel("Current password").fill(password);
    await page.getByLabel("New password", { exact: true }).fill(chosen);
    await page.getByLabel("New password again").fill(chosen);
    await page.getByRole("button", { name: "Save new password" }).click();
    // Back to where they were going (the layout or the page, whichever asked first).
    await expect(page).toHaveURL(/\/editor(\/articles)?$/);

    await admin.page.goto("/editor/staff");
    await admin.page
      .locator('a[href^="/editor/staff/"]', { hasText: "Temporary Stringer" })
      .click();
    await admin.page.getByRole("button", { name: "Deactivate account…" }).click();
    await admin.page.getByRole("button", { name: "Deactivate", exact: true }).click();
    await expect(admin.page.getByText(/deactivated/i).first()).toBeVisible();

    await page.goto("/editor/articles");
    await expect(page).toHaveURL(/\/login/);

    // The admin's audit log names who deactivated whom.
    await admin.page.goto("/editor/audit?entityType=staff");
    const row = admin.page.getByRole("row").filter({ hasText: "staff.deactivate" }).first();
    await expect(row).toContainText("Temporary Stringer");
    await admin.context.close();
    await stringer.close();
  });
});
