import "server-only";
import type { Edition } from "@/lib/i18n/editions";
import { db } from "@/lib/db";
import { queueEmail, nudgeMailDelivery } from "@/lib/mail/outbox";
import { getSiteSettings } from "@/lib/site/settings";
import type { PreferenceStatus, PreferencesView } from "./dto";
import { manageLinkEmail } from "./emails";
import { isConfirmationUsable, isManageClaimRevoked } from "./link-tokens";
import { readManageLink } from "./personal-links";

/** Recorded as the source of a subscription started on the preferences page. */
export const PREFERENCES_SOURCE = "preferences";

/** The reader a preferences token speaks for, unless it is forged or revoked. */
async function readerFor(token: unknown) {
  const claim = readManageLink(token);
  if (!claim) return null;
  const subscriber = await db.subscriber.findUnique({
    where: { id: claim.subscriberId },
    select: {
      id: true,
      email: true,
      linksRevokedAt: true,
      subscriptions: {
        select: {
          newsletterId: true,
          status: true,
          confirmedAt: true,
          unsubscribedAt: true,
          confirmTokenHash: true,
          confirmTokenExpiresAt: true,
        },
      },
    },
  });
  if (!subscriber || isManageClaimRevoked(claim, subscriber.linksRevokedAt)) return null;
  return subscriber;
}

type Reader = NonNullable<Awaited<ReturnType<typeof readerFor>>>;

/** Every active newsletter, plus any inactive one the reader still has (so they can leave it). */
async function newslettersFor(reader: Reader) {
  const confirmed = reader.subscriptions
    .filter((subscription) => subscription.status === "CONFIRMED")
    .map((subscription) => subscription.newsletterId);
  return db.newsletter.findMany({
    where: { OR: [{ active: true }, { id: { in: confirmed } }] },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      cadence: true,
      active: true,
      edition: true,
    },
  });
}

function statusOf(
  subscription: Reader["subscriptions"][number] | undefined,
  now: Date,
): { status: PreferenceStatus; since: Date | null } {
  if (!subscription) return { status: "not-subscribed", since: null };
  if (subscription.status === "CONFIRMED")
    return { status: "subscribed", since: subscription.confirmedAt };
  // A sign-up waiting for its confirmation, also after an earlier unsubscribe.
  if (subscription.status === "PENDING" || isConfirmationUsable(subscription, now))
    return { status: "pending", since: null };
  return { status: "unsubscribed", since: subscription.unsubscribedAt };
}

export async function viewPreferences(
  token: unknown,
  now = new Date(),
): Promise<PreferencesView | null> {
  const reader = await readerFor(token);
  if (!reader) return null;
  const newsletters = await newslettersFor(reader);
  return {
    email: reader.email,
    newsletters: newsletters.map(({ active: _active, ...newsletter }) => ({
      ...newsletter,
      ...statusOf(
        reader.subscriptions.find((subscription) => subscription.newsletterId === newsletter.id),
        now,
      ),
    })),
  };
}

export interface PreferencesChange {
  /** Newsletters the form showed; only these change. */
  shown: string[];
  /** Of those, the ones the reader wants. */
  wanted: string[];
}

/**
 * Saves the preferences form. Unticking unsubscribes at once (an unconfirmed
 * sign-up is cancelled the same way). Ticking subscribes at once: the link
 * reached this reader's inbox, which is what a confirmation proves.
 */
export async function savePreferences(
  token: unknown,
  change: PreferencesChange,
  now = new Date(),
): Promise<{ ok: true; changed: number } | { ok: false }> {
  const reader = await readerFor(token);
  if (!reader) return { ok: false };
  const newsletters = await newslettersFor(reader);
  const wanted = new Set(change.wanted);
  const shown = new Set(change.shown);
  let changed = 0;
  await db.$transaction(async (tx) => {
    for (const newsletter of newsletters) {
      if (!shown.has(newsletter.id)) continue;
      const key = { subscriberId: reader.id, newsletterId: newsletter.id };
      const clearToken = { confirmTokenHash: null, confirmTokenExpiresAt: null };
      if (wanted.has(newsletter.id)) {
        if (!newsletter.active) continue;
        const { count } = await tx.subscription.updateMany({
          where: { ...key, status: { not: "CONFIRMED" } },
          data: {
            status: "CONFIRMED",
            confirmedAt: now,
            unsubscribedAt: null,
            source: PREFERENCES_SOURCE,
            ...clearToken,
          },
        });
        if (count === 0) {
          const created = await tx.subscription.createMany({
            data: [{ ...key, status: "CONFIRMED", confirmedAt: now, source: PREFERENCES_SOURCE }],
            skipDuplicates: true,
          });
          changed += created.count;
        } else changed += count;
      } else {
        const ended = await tx.subscription.updateMany({
          where: { ...key, status: { not: "UNSUBSCRIBED" } },
          data: { status: "UNSUBSCRIBED", unsubscribedAt: now, ...clearToken },
        });
        // A re-sign-up still waiting for its confirmation is cancelled too.
        const cancelled = await tx.subscription.updateMany({
          where: { ...key, status: "UNSUBSCRIBED", confirmTokenHash: { not: null } },
          data: clearToken,
        });
        changed += ended.count + cancelled.count;
      }
    }
  });
  return { ok: true, changed };
}

/**
 * Retires every preferences link issued so far (say an email was forwarded)
 * and mails the reader a new one. One-click unsubscribe links keep working.
 */
export async function resetPersonalLinks(
  token: unknown,
  edition: Edition = "en",
): Promise<boolean> {
  const reader = await readerFor(token);
  if (!reader) return false;
  const site = await getSiteSettings();
  await db.$transaction(async (tx) => {
    // One millisecond back, so the new link (issued from now on) is after it.
    await tx.subscriber.update({
      where: { id: reader.id },
      data: { linksRevokedAt: new Date(Date.now() - 1) },
    });
    await queueEmail(
      tx,
      manageLinkEmail({
        siteName: site.name,
        recipient: { subscriberId: reader.id, email: reader.email },
        reason: "reset",
        edition,
      }),
    );
  });
  nudgeMailDelivery();
  return true;
}
