import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

let client: { key: string; base: string | undefined; stripe: Stripe } | null = null;

/** Whether readers can pay: a secret key is configured. */
export function paymentsEnabled(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}

/**
 * The one Stripe client, or null without a key. STRIPE_API_BASE points it
 * at a local stand-in in tests (the library takes a host, port and protocol).
 */
export function stripeClient(): Stripe | null {
  const { STRIPE_SECRET_KEY: key, STRIPE_API_BASE: base } = env();
  if (!key) return null;
  if (client?.key === key && client.base === base) return client.stripe;
  const url = base ? new URL(base) : null;
  const stripe = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: "newsroom" },
    ...(url
      ? {
          protocol: url.protocol === "http:" ? "http" : "https",
          host: url.hostname,
          port: url.port || (url.protocol === "http:" ? 80 : 443),
        }
      : {}),
  });
  client = { key, base, stripe };
  return stripe;
}

/**
 * Checks a webhook's signature with the library and returns its event, or
 * null when the signature, its age or the secret is wrong.
 */
export function verifyWebhook(payload: Buffer, signature: string | null): Stripe.Event | null {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return null;
  try {
    return Stripe.webhooks.constructEvent(payload, signature, secret);
  } catch {
    return null;
  }
}
