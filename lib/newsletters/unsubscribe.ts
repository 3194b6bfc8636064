import "server-only";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";
import { readUnsubscribeLink } from "./personal-links";

export interface UnsubscribeView {
  email: string;
  /** The newsletter's edition: the language of the page. */
  edition: Edition;
  newsletterName: string;
  newsletterSlug: string;
  /** Already unsubscribed (and no sign-up waiting): the page says so. */
  alreadyUnsubscribed: boolean;
}

async function load(token: unknown) {
  const claim = readUnsubscribeLink(token);
  if (!claim) return null;
  const [subscriber, newsletter, subscription] = await Promise.all([
    db.subscriber.findUnique({ where: { id: claim.subscriberId }, select: { email: true } }),
    db.newsletter.findUnique({
      where: { id: claim.newsletterId },
      select: { id: true, name: true, slug: true, edition: true },
    }),
    db.subscription.findUnique({
      where: { subscriberId_newsletterId: claim },
      select: { status: true, confirmTokenHash: true },
    }),
  ]);
  if (!subscriber || !newsletter) return null;
  return { claim, subscriber, newsletter, subscription };
}

/**
 * The edition of a one-click link's newsletter: where a browser opening the
 * link is sent. One read; the page it lands on reads the rest.
 */
export async function getUnsubscribeLinkEdition(token: unknown): Promise<Edition | null> {
  const claim = readUnsubscribeLink(token);
  if (!claim) return null;
  const newsletter = await db.newsletter.findUnique({
    where: { id: claim.newsletterId },
    select: { edition: true },
  });
  return newsletter?.edition ?? null;
}

/** What the page behind a one-click link shows on GET (which changes nothing). */
export async function viewUnsubscribe(token: unknown): Promise<UnsubscribeView | null> {
  const found = await load(token);
  if (!found) return null;
  return {
    email: found.subscriber.email,
    edition: found.newsletter.edition,
    newsletterName: found.newsletter.name,
    newsletterSlug: found.newsletter.slug,
    alreadyUnsubscribed:
      (found.subscription?.status ?? "UNSUBSCRIBED") === "UNSUBSCRIBED" &&
      !found.subscription?.confirmTokenHash,
  };
}

/**
 * Unsubscribes the link's reader from the link's newsletter, at once. The
 * signed token is the only authority (RFC 8058: no cookies, no form token).
 * Idempotent: the first unsubscribe's time is kept. A reader with no row
 * gets an UNSUBSCRIBED one, so a later import cannot add them.
 */
export async function unsubscribeByLink(
  token: unknown,
  now = new Date(),
): Promise<
  { ok: true; newsletterName: string; newsletterSlug: string; edition: Edition } | { ok: false }
> {
  const found = await load(token);
  if (!found) return { ok: false };
  const key = found.claim;
  const clearToken = { confirmTokenHash: null, confirmTokenExpiresAt: null };
  await db.$transaction(async (tx) => {
    const ended = await tx.subscription.updateMany({
      where: { ...key, status: { not: "UNSUBSCRIBED" } },
      data: { status: "UNSUBSCRIBED", unsubscribedAt: now, ...clearToken },
    });
    if (ended.count) return;
    // Already unsubscribed: cancel a re-sign-up waiting for its confirmation.
    await tx.subscription.updateMany({ where: key, data: clearToken });
    await tx.subscription.createMany({
      data: [{ ...key, status: "UNSUBSCRIBED", unsubscribedAt: now }],
      skipDuplicates: true,
    });
  });
  return {
    ok: true,
    newsletterName: found.newsletter.name,
    newsletterSlug: found.newsletter.slug,
    edition: found.newsletter.edition,
  };
}
