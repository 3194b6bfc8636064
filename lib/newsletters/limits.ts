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
  const store = rateLimitStore();
  const { windowMs } = NEWSLETTER_LIMITS;
  // Counted before any work, so parallel requests cannot all read zero.
  const clientHits = await store.hit(`newsletter:client:${clientAddress || "unknown"}`, windowMs);
  if (clientHits > NEWSLETTER_LIMITS.perClient) return "client-limited";
  const addressHits = await store.hit(`newsletter:address:${email}`, windowMs);
  if (addressHits > NEWSLETTER_LIMITS.perAddress) return "address-limited";
  return "ok";
}
