import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { demoStaff, signIn } from "./staff";

const fixtures = seedFixtures();

test.describe("staff sign-in", () => {
  test("the editor area sends strangers to the sign-in page", async ({ page }) => {
    await page.goto("/editor/articles");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor/);
    await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  });

  test("a wrong password gets one message that does not say whether the account exists", async ({
    page,
  }) => {
    const messages: string[] = [];
    for (const email of [demoStaff("editor").email, "nobody-here@example.com"]) {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      // Next's route announcer is an (empty) alert too; ours is the one with words.
      const alert = page.getByRole("alert").filter({ hasText: /\w/ });
      await expect(alert).toBeVisible();
      messages.push((await alert.textContent()) ?? "");
    }
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).toContain("do not match");
  });

  test("signs in to the dashboard with a safe session cookie, and signs out for good", async ({
    page,
    context,
    browser,
  }) => {
    await signIn(page, "editor");
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole("navigation", { name: "Editor" })).toBeVisible();
    const session = (await context.cookies()).find((cookie) =>
      cookie.name.endsWith("next-auth.session-token"),
    );
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible({ timeout: 15_000 });
    await page.goto("/editor");
    await expect(page).toHaveURL(/\/login/);

    // A copy of the cookie taken before signing out opens nothing either.
    const copied = await browser.newContext();
    await copied.addCookies([session!]);
    const thief = await copied.newPage();
    await thief.goto("/editor");
    await expect(thief).toHaveURL(/\/login/);
    await copied.close();
  });

  test("without JavaScript the form never puts the password in the address", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("editor@example.com");
    await page.getByLabel("Password").fill("newsroom-editor");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState();
    expect(page.url()).not.toContain("newsroom-editor");
    // Playwright's text locators skip <noscript>; the page's own HTML has it.
    expect(await page.content()).toContain("Signing in to the newsroom needs JavaScript");
    await expect(page.getByLabel("Password")).toHaveValue("");
    await context.close();
  });

  test("never sends anyone off-site after signing in", async ({ page }) => {
    await signIn(page, "author", "https://example.org/phish");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/editor$/);
    // Already signed in, the login page bounces at once: browsers drop a tab
    // from URLs, so "/\t/example.org" must not become "//example.org".
    await page.goto("/login?callbackUrl=%2F%09%2Fexample.org");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/editor$/);
  });
});

test.describe("staff on the public site", () => {
  test("'Edit post' appears for staff who may edit, and never for readers", async ({
    page,
    browser,
  }) => {
    const articlePath = `/${fixtures.published.slug}`;
    const reader = await browser.newPage();
    await reader.goto(articlePath);
    await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(reader.getByRole("link", { name: "Edit post" })).toHaveCount(0);
    await reader.close();

    await signIn(page, "editor", articlePath);
    const edit = page.getByRole("link", { name: "Edit post" });
    await expect(edit).toHaveAttribute("href", /^\/editor\/articles\/[\w-]+$/);
  });

  test("staff preview drafts in draft mode; readers cannot", async ({ page, browser }) => {
    const reader = await browser.newPage();
    expect((await reader.goto(`/${fixtures.draft.slug}`))?.status()).toBe(404);
    const blocked = await reader.goto(`/preview/${fixtures.draft.id}`);
    await expect(reader).toHaveURL(/\/login/);
    expect(blocked?.status()).toBe(200);
    await reader.close();

    await signIn(page, "editor", `/api/preview?id=${fixtures.draft.id}`);
    await expect(page).toHaveURL(new RegExp(`/preview/${fixtures.draft.id}$`));
    await expect(page.getByRole("complementary", { name: "Preview" })).toContainText(
      "Readers cannot see this page",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.draft.title);
    const robots = await page.locator('meta[name="robots"]').getAttribute("content");
    expect(robots).toContain("noindex");
  });

  test("the draft-mode cookie counts only beside a staff session", async ({
    page,
    browser,
    request,
  }) => {
    await signIn(page, "editor", `/api/preview?id=${fixtures.draft.id}`);
    await expect(page).toHaveURL(new RegExp(`/preview/${fixtures.draft.id}$`));
    const bypass = (await page.context().cookies()).find((c) => c.name === "__prerender_bypass");
    expect(bypass).toBeTruthy();
    const path = `/${fixtures.published.slug}`;
    await expect(async () => {
      expect((await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
    }).toPass({ timeout: 15_000 });

    // Next marks the cookie Secure: only the browser itself sends it over
    // http to this loopback address, so pages are loaded, not fetched.
    // With the staff session the page is drawn in draft mode, answered
    // privately, never for a shared cache…
    const staffAnswer = await page.goto(path);
    expect(staffAnswer?.headers()["cache-control"]).toMatch(/private|no-store/);
    // …but the same cookie alone, copied out, is just a reader's request.
    const copied = await browser.newContext();
    await copied.addCookies([bypass!]);
    const copiedPage = await copied.newPage();
    const answer = await copiedPage.goto(path);
    const sent = await answer?.request().allHeaders();
    expect(sent?.cookie ?? "").toContain("__prerender_bypass=");
    expect(answer?.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(answer?.headers()["cache-control"]).toMatch(/^public|s-maxage/);
    await copied.close();
  });
});
