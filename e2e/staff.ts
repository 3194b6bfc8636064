import { expect, type Browser, type Page } from "@playwright/test";

export type DemoRole = "admin" | "editor" | "author" | "contributor";

/** The demo newsroom's accounts (lib/seed/demo-settings.ts). */
export const demoStaff = (role: DemoRole) => ({
  email: `${role}@example.com`,
  password: `newsroom-${role}`,
});

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, role: DemoRole, returnTo = "/editor"): Promise<void> {
  const { email, password } = demoStaff(role);
  await page.goto(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Argon2 and the first render of the dashboard take seconds on a busy machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 15_000 });
}

/** A separate browser profile signed in as `role`. */
export async function staffPage(browser: Browser, role: DemoRole, returnTo = "/editor") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, returnTo);
  return { context, page };
}
