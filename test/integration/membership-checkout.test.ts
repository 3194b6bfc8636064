import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCheckout, startPortal } from "@/lib/membership/checkout";
import { loadReader } from "@/lib/readers/session";
import { startStripeStub, type StripeStub } from "../stripe/stripe-stub";
import { testDb, truncateAll } from "./database";
import { configureStripe, createReader, createTier } from "./membership-support";

let stub: StripeStub;

beforeAll(async () => {
  stub = await startStripeStub();
  configureStripe(stub.url);
});
afterAll(() => stub.close());
beforeEach(async () => {
  await truncateAll();
  stub.requests.length = 0;
});

async function reader() {
  const row = await createReader();
  return (await loadReader(row.id))!;
}

describe("checkout", () => {
  it("creates a Checkout session on the server for a tier, and writes nothing itself", async () => {
    const tier = await createTier({ monthlyAmount: 800, annualAmount: 8000 });
    const who = await reader();
    const result = await startCheckout(who, { plan: `${tier.id}:year` });
    expect(result).toMatchObject({
      ok: true,
      data: { url: expect.stringMatching(/\/pay\/cs_test_/) },
    });
    const [call] = stub.requests;
    expect(call).toMatchObject({ path: "/v1/checkout/sessions", key: "sk_test_newsroom" });
    expect(call!.params).toMatchObject({
      mode: "subscription",
      client_reference_id: who.id,
      customer_email: who.email,
      "line_items[0][price_data][unit_amount]": "8000",
      "line_items[0][price_data][recurring][interval]": "year",
      "metadata[tierId]": tier.id,
      "subscription_data[metadata][readerId]": who.id,
    });
    // The membership exists only once Stripe's webhook says so.
    expect(await testDb().membership.count()).toBe(0);
  });

  it("takes a reader's own amount and a one-time gift above the minimums only", async () => {
    const who = await reader();
    expect(await startCheckout(who, { plan: "custom", amount: "2" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await startCheckout(who, { plan: "custom", amount: "7.50" })).toMatchObject({
      ok: true,
    });
    expect(await startCheckout(who, { plan: "donation", amount: "20" })).toMatchObject({
      ok: true,
    });
    expect(
      stub.requests.map((r) => [r.params.mode, r.params["line_items[0][price_data][unit_amount]"]]),
    ).toEqual([
      ["subscription", "750"],
      ["payment", "2000"],
    ]);
    expect(stub.requests[1]!.params.customer_creation).toBe("always");
  });

  it("refuses a tier that is retired, and a second membership", async () => {
    const tier = await createTier();
    const who = await reader();
    await testDb().membershipTier.update({ where: { id: tier.id }, data: { active: false } });
    expect(await startCheckout(who, { plan: `${tier.id}:month` })).toMatchObject({
      code: "invalid",
    });
    await testDb().membership.create({
      data: {
        readerId: who.id,
        stripeCustomerId: "cus_9",
        status: "ACTIVE",
        lastEventAt: new Date(),
      },
    });
    expect(await startCheckout(who, { plan: "custom", amount: "10" })).toMatchObject({
      code: "forbidden",
    });
    expect(stub.requests).toHaveLength(0);
    // The portal opens for the customer Stripe gave us.
    expect(await startPortal(who)).toMatchObject({ ok: true });
    expect(stub.requests[0]).toMatchObject({
      path: "/v1/billing_portal/sessions",
      params: { customer: "cus_9" },
    });
  });
});
