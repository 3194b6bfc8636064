import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkoutCompleted, signEvent } from "../test/stripe/events";
import { STUB_CHECKOUT_TITLE, type StubRequest } from "../test/stripe/stripe-stub";
import { e2eDataDir } from "./data-dir";
import { seedFixtures } from "./fixtures";
import { linkFromMail } from "./mailbox";

const fixtures = seedFixtures();

/** What the app asked of the stand-in for Stripe's API (scripts/e2e-server.ts). */
function stripeRequests(): StubRequest[] {
  const file = path.resolve(e2eDataDir(process.env.E2E_PORT), "stripe", "requests.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as StubRequest[]) : [];
}

test("a reader becomes a member: checkout on Stripe, a signed webhook, then no more asks", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const address = `member-${Date.now()}@example.org`;
  const supportBox = page.getByRole("complementary", {
    name: "Our reporting is paid for by readers",
  });

  // The header's ask leads to the offer.
  await page.goto(`/${fixtures.published.slug}`);
  await expect(supportBox).toBeVisible();
  await page.getByRole("link", { name: "Become a member" }).first().click();
  await expect(page).toHaveURL(/\/membership$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Keep independent journalism going",
  );
  await expect(page.getByRole("heading", { name: "Questions" })).toBeVisible();

  // Choosing a tier signed out asks for the reader's email first.
  const supporter = page.getByRole("form", { name: "Supporter" });
  await supporter.getByRole("button", { name: "Join as Supporter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your account");
  await page.getByLabel("Your email address").fill(address);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.goto(await linkFromMail(address, "/comments/sign-in/confirm?token="));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/membership$/);

  // The server creates the Checkout session; the browser lands on Stripe's page.
  await supporter.getByLabel(/a year/).check();
  await supporter.getByRole("button", { name: "Join as Supporter" }).click();
  await expect(page.getByRole("heading", { name: STUB_CHECKOUT_TITLE })).toBeVisible();
  const session = stripeRequests()
    .filter((call) => call.path === "/v1/checkout/sessions")
    .at(-1)!;
  expect(session.params).toMatchObject({
    mode: "subscription",
    customer_email: address,
    "line_items[0][price_data][recurring][interval]": "year",
    "line_items[0][price_data][unit_amount]": "10000",
  });

  // Back on the site before Stripe has said anything: no membership yet.
  await page.goto("/account?joined=1");
  await expect(page.getByText("Stripe is confirming your payment")).toBeVisible();

  // Stripe's signed webhook is what makes the membership.
  const event = checkoutCompleted({
    customer: `cus_e2e_${Date.now()}`,
    readerId: session.params.client_reference_id!,
    tierId: session.params["metadata[tierId]"],
    interval: "year",
    amount: 10000,
    created: Math.floor(Date.now() / 1000),
  });
  const { payload, signature } = signEvent(event);
  const delivered = await request.post("/api/membership/webhook", {
    data: payload,
    headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
  });
  expect(await delivered.json()).toEqual({ ok: true, outcome: "applied" });
  // A forged one is refused.
  const forged = await request.post("/api/membership/webhook", {
    data: payload,
    headers: { "Content-Type": "application/json", "Stripe-Signature": "t=1,v1=00" },
  });
  expect(forged.status()).toBe(400);

  await page.goto("/account");
  const membership = page.getByRole("region", { name: "Membership" });
  await expect(membership).toContainText("Active");
  await expect(membership).toContainText("Supporter, $100 a year");
  await expect(membership).toContainText("Next payment");
  await expect(
    membership.getByRole("button", { name: "Receipts, card and cancelling" }),
  ).toBeVisible();

  // The same cached article, without the ask for this member.
  await page.goto(`/${fixtures.published.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.published.title);
  await expect(page.locator("html")).toHaveAttribute("data-member", /[12]/);
  await expect(supportBox).toBeHidden();
  // With the "no asks" perk on (the default), the header's ask is gone too.
  await expect(page.getByRole("link", { name: "Become a member" })).toHaveCount(0);
});
