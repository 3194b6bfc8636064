import { expect, test, type Page } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { linkFromMail } from "./mailbox";

/**
 * A reader signs up through the form after an article, with and without
 * JavaScript, finds the confirmation email (as a real SMTP server on
 * loopback received it), confirms with the button
 * and manages their newsletters from the personal page.
 */
const fixtures = seedFixtures();

function articleForm(page: Page, name: string) {
  // `exact`: the footer's form is named "<newsletter> (footer)".
  return page.getByRole("form", { name, exact: true });
}

/** Confirms with the button; returns the preferences page it lands on. */
async function confirmAndCheck(page: Page, confirmUrl: string, newsletter: string) {
  await page.goto(confirmUrl);
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("heading", { name: "Your newsletters", level: 1 })).toBeVisible();
  await expect(page.getByText(`You're subscribed to ${newsletter}`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: newsletter })).toBeChecked();
  const managePage = page.url();
  // The link is single-use.
  await page.goto(confirmUrl);
  await expect(
    page.getByRole("heading", { name: "This confirmation link no longer works" }),
  ).toBeVisible();
  await page.goto(managePage);
  return managePage;
}

test.describe("newsletter sign-up with JavaScript", () => {
  test("signs up inline on the article page, confirms, manages and unsubscribes", async ({
    page,
    request,
  }) => {
    const address = `js-reader-${Date.now()}@example.org`;
    await page.goto(`/${fixtures.published.slug}`);
    const form = articleForm(page, "Morning Briefing");
    await expect(form.getByText("indicates required")).toBeVisible();
    // Enhanced once the script has run: our own checks and answers replace the browser's.
    await expect(form).toHaveAttribute("novalidate", "");

    await form.getByLabel("Email address").fill("reader@example");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByText("Please, enter correct email address")).toBeVisible();
    await expect(form.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByText(/Thank you for signing up for Morning Briefing/)).toBeVisible();
    await expect(form.getByText(/We've sent you a confirmation email/)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${fixtures.published.slug}$`));

    const confirmUrl = await linkFromMail(address, "/newsletters/confirm?token=");
    const managePage = await confirmAndCheck(page, confirmUrl, "Morning Briefing");

    // RFC 8058 one-click, as a mail provider sends it: no cookies, no page, just the URL.
    const unsubscribeUrl = await linkFromMail(address, "/api/newsletters/unsubscribe?token=");
    const oneClick = await request.post(unsubscribeUrl, {
      form: { "List-Unsubscribe": "One-Click" },
    });
    expect(oneClick.status()).toBe(200);
    await page.goto(managePage);
    await expect(page.getByRole("checkbox", { name: "Morning Briefing" })).not.toBeChecked();
    await expect(page.getByText(/^Unsubscribed since/)).toBeVisible();

    // Preferences: tick another newsletter; it takes effect at once.
    await page.getByRole("checkbox", { name: "Weekend Stories" }).check();
    await page.getByRole("button", { name: "Save my choices" }).click();
    await expect(page.getByText("Your choices are saved.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Weekend Stories" })).toBeChecked();

    // A browser opening the unsubscribe link sees where it stands, with a way back.
    await page.goto(unsubscribeUrl);
    await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  });
});

test.describe("newsletter sign-up without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("posts the article page's form and answers with a page", async ({ page }) => {
    const address = `plain-reader-${Date.now()}@example.org`;
    await page.goto(`/${fixtures.published.slug}`);
    let form = articleForm(page, "The War, Explained");
    await form.getByLabel("Email address").fill("reader@example");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/newsletters\/sign-up\?newsletter=.+&result=invalid-email/);
    await expect(page.getByText("Please, enter correct email address")).toBeVisible();

    await page.goto(`/${fixtures.published.slug}`);
    form = articleForm(page, "The War, Explained");
    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/newsletters\/sign-up\?newsletter=.+&result=sent/);
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    await expect(page.getByText(/We've sent you a confirmation email/)).toBeVisible();

    const confirmUrl = await linkFromMail(address, "/newsletters/confirm?token=");
    await confirmAndCheck(page, confirmUrl, "The War, Explained");

    await page.getByRole("button", { name: "Unsubscribe from all" }).click();
    await expect(page.getByText(/You're unsubscribed from all our newsletters/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "The War, Explained" })).not.toBeChecked();
  });
});
