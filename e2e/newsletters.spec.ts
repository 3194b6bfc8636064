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

/** The one sign-up form after an article: a checkbox per newsletter, one email field. */
function articleForm(page: Page) {
  return page.getByRole("form", { name: "Sign up for our newsletters", exact: true });
}

const choice = (scope: ReturnType<typeof articleForm>, newsletter: string) =>
  scope.getByRole("checkbox", { name: new RegExp(`^${newsletter}`) });

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
    const region = page.getByRole("complementary", { name: "Get our newsletters" });
    const form = articleForm(page);
    // One form: a box per newsletter and a single email field.
    await expect(region.getByRole("form")).toHaveCount(1);
    await expect(region.getByRole("textbox")).toHaveCount(1);
    await expect(form.getByRole("checkbox")).toHaveCount(4);
    await expect(form.getByText("indicates required")).toBeVisible();
    // Enhanced once the script has run, as the form comes into view: our own
    // checks and answers replace the browser's.
    await form.scrollIntoViewIfNeeded();
    await expect(form).toHaveAttribute("novalidate", "");

    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByText("Please choose at least one newsletter.")).toBeVisible();

    await choice(form, "Morning Briefing").check();
    await choice(form, "The War, Explained").check();
    await form.getByLabel("Email address").fill("reader@example");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByText("Please, enter correct email address")).toBeVisible();
    await expect(form.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Sign up" }).click();
    // Two sign-ups, one transaction each, while the server also makes narrations.
    await expect(
      form.getByText(/Thank you for signing up for Morning Briefing and The War, Explained/),
    ).toBeVisible({ timeout: 20_000 });
    await expect(form.getByText(/We've sent you a confirmation email for each/)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${fixtures.published.slug}$`));

    const confirmUrl = await linkFromMail(
      address,
      "/newsletters/confirm?token=",
      "Morning Briefing",
    );
    const managePage = await confirmAndCheck(page, confirmUrl, "Morning Briefing");
    // The other choice waits for its own confirmation.
    await expect(page.getByRole("checkbox", { name: "The War, Explained" })).not.toBeChecked();

    // RFC 8058 one-click, as a mail provider sends it: no cookies, no page, just the URL.
    const unsubscribeUrl = await linkFromMail(
      address,
      "/api/newsletters/unsubscribe?token=",
      "Morning Briefing",
    );
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
    let form = articleForm(page);
    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/newsletters\/sign-up\?result=no-newsletter$/);
    await expect(page.getByText("Please choose at least one newsletter.")).toBeVisible();

    await page.goto(`/${fixtures.published.slug}`);
    form = articleForm(page);
    await choice(form, "The War, Explained").check();
    await form.getByLabel("Email address").fill("reader@example");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/newsletters\/sign-up\?newsletter=.+&result=invalid-email/);
    await expect(page.getByText("Please, enter correct email address")).toBeVisible();
    // The answer page keeps the reader's choice: they only fix the address.
    form = page.getByRole("form", { name: "Newsletter sign-up" });
    await expect(choice(form, "The War, Explained")).toBeChecked();
    await expect(choice(form, "Morning Briefing")).not.toBeChecked();

    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/newsletters\/sign-up\?newsletter=.+&result=sent/);
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    await expect(
      page.getByText(
        /Thank you for signing up for The War, Explained! We've sent you a confirmation email\./,
      ),
    ).toBeVisible();

    const confirmUrl = await linkFromMail(address, "/newsletters/confirm?token=");
    await confirmAndCheck(page, confirmUrl, "The War, Explained");

    await page.getByRole("button", { name: "Unsubscribe from all" }).click();
    await expect(page.getByText(/You're unsubscribed from all our newsletters/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "The War, Explained" })).not.toBeChecked();
  });
});

test.describe("the newsletters page", () => {
  test("asks for the email address once, for every newsletter", async ({ page }) => {
    await page.goto("/newsletters");
    const form = page.getByRole("form", { name: "Sign up" });
    await expect(form.getByRole("checkbox")).toHaveCount(4);
    await expect(
      page.getByRole("main").getByRole("textbox", { name: "Email address", exact: true }),
    ).toHaveCount(1);
    // A link to one newsletter ticks it, from another page or from this one.
    await page.goto("/");
    await page.goto("/newsletters#weekend-stories");
    await expect(form.getByRole("checkbox", { name: /^Weekend Stories/ })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: /^Morning Briefing/ })).not.toBeChecked();
    await page.goto("/newsletters#morning-briefing");
    await expect(form.getByRole("checkbox", { name: /^Morning Briefing/ })).toBeChecked();
  });
});
