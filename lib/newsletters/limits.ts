import "server-only";
import { rateLimitStore } from "@/lib/auth/rate-limit";

/**
 * Limits on everything that makes the site email a reader (sign-ups and
 * "email me my link"), shared by both so alternating between them buys no
 * extra mail. Per address: nobody can flood one inbox. Per client address:
 * nobody can use the forms to mail thousands of strangers.
 */
export const NEWSLETTER_LIMITS = {
  windowMs: 60 * 60_000,
  /** Emails to one address per window (a reader signing up for every newsletter fits). */
  perAddress: 6,
  /** Requests from one client address per window (a newsroom's office behind one NAT fits). */
  perClient: 40,
} as const;

export type LimitVerdict = "ok" | "client-limited" | "address-limited";

export async function checkNewsletterLimits(
  email: string,
  clientAddress: string,
): Promise<LimitVerdict> {
  if (await isClientLimited(clientAddress)) return "client-limited";
  return (await isAddressLimited(email)) ? "address-limited" : "ok";
}

/** One request from a client address, counted before any work so parallel requests cannot all read zero. */
export async function isClientLimited(clientAddress: string): Promise<boolean> {
  const hits = await rateLimitStore().hit(
    `newsletter:client:${clientAddress || "unknown"}`,
    NEWSLETTER_LIMITS.windowMs,
  );
  return hits > NEWSLETTER_LIMITS.perClient;
}

/** One email to an address (a sign-up for three newsletters sends three). */
export async function isAddressLimited(email: string): Promise<boolean> {
  const hits = await rateLimitStore().hit(
    `newsletter:address:${email}`,
    NEWSLETTER_LIMITS.windowMs,
  );
  return hits > NEWSLETTER_LIMITS.perAddress;
}
