import "server-only";
import { db } from "@/lib/db";
import { hashConfirmToken, isConfirmTokenShaped, isConfirmationUsable } from "./link-tokens";
import { managePath } from "./personal-links";

export type ConfirmationView =
  | { state: "ready"; newsletterName: string; email: string }
  /** Expired, already used, replaced by a newer link, or never issued: one answer for all. */
  | { state: "invalid" };

/**
 * What /newsletters/confirm shows. Reading never changes anything, so the
 * link scanners of mail filters, which open every link, confirm nobody.
 */
export async function viewConfirmation(
  token: unknown,
  now = new Date(),
): Promise<ConfirmationView> {
  if (!isConfirmTokenShaped(token)) return { state: "invalid" };
  const row = await db.subscription.findUnique({
    where: { confirmTokenHash: hashConfirmToken(token) },
    select: {
      confirmTokenHash: true,
      confirmTokenExpiresAt: true,
      newsletter: { select: { name: true } },
      subscriber: { select: { email: true } },
    },
  });
  if (!row || !isConfirmationUsable(row, now)) return { state: "invalid" };
  return { state: "ready", newsletterName: row.newsletter.name, email: row.subscriber.email };
}

export type ConfirmResult =
  { ok: true; newsletterSlug: string; managePath: string } | { ok: false };

/**
 * The confirm button's POST: the subscription becomes CONFIRMED with the
 * time, and the token is spent. The conditional update makes the token
 * single-use even when two requests race.
 */
export async function confirmSubscription(
  token: unknown,
  now = new Date(),
): Promise<ConfirmResult> {
  if (!isConfirmTokenShaped(token)) return { ok: false };
  const hash = hashConfirmToken(token);
  const row = await db.subscription.findUnique({
    where: { confirmTokenHash: hash },
    select: {
      id: true,
      subscriberId: true,
      newsletter: { select: { slug: true, edition: true } },
    },
  });
  if (!row) return { ok: false };
  const { count } = await db.subscription.updateMany({
    where: { id: row.id, confirmTokenHash: hash, confirmTokenExpiresAt: { gt: now } },
    data: {
      status: "CONFIRMED",
      confirmedAt: now,
      unsubscribedAt: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
  });
  if (count !== 1) return { ok: false };
  return {
    ok: true,
    newsletterSlug: row.newsletter.slug,
    managePath: managePath(row.subscriberId, Date.now(), row.newsletter.edition),
  };
}
