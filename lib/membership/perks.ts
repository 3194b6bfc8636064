import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { done, fail, type ReaderResult } from "@/lib/readers/results";
import type { ReaderIdentity } from "@/lib/readers/session";
import type { MemberNewsletterDto } from "./dto";
import { isMemberStatus } from "./rules";

/*
 * The perks a newsroom can switch on, checked on the server whatever a page
 * showed: comments limited to members, and newsletters for members only.
 * (Members seeing no asks is the pages' island: components/membership.)
 */

export const MEMBERS_ONLY_COMMENTS =
  "Comments are open to members. Become a member at /membership to join the conversation.";

/** Whether the members-only comments perk keeps this reader from posting. */
export async function commentingRefused(
  tx: Prisma.TransactionClient,
  readerId: string,
): Promise<boolean> {
  const settings = await tx.membershipSettings.findUnique({
    where: { id: 1 },
    select: { membersOnlyComments: true },
  });
  if (!settings?.membersOnlyComments) return false;
  const membership = await tx.membership.findUnique({
    where: { readerId },
    select: { status: true },
  });
  return !isMemberStatus(membership?.status);
}

/** The members' newsletters, and which of them this reader gets. */
export async function listMemberNewsletters(
  reader: ReaderIdentity,
): Promise<MemberNewsletterDto[]> {
  const rows = await db.newsletter.findMany({
    where: { active: true, membersOnly: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      description: true,
      subscriptions: {
        where: { status: "CONFIRMED", subscriber: { email: reader.email } },
        select: { id: true },
      },
    },
  });
  return rows.map(({ subscriptions, ...row }) => ({
    ...row,
    subscribed: subscriptions.length > 0,
  }));
}

/**
 * A member subscribes to (or leaves) a members' newsletter from their
 * account page. Their address was proven by the sign-in link, so there is
 * no confirmation email: the subscription is confirmed at once.
 */
export async function setMemberNewsletter(
  reader: ReaderIdentity,
  input: { newsletterId?: unknown; subscribe?: unknown },
): Promise<ReaderResult<null>> {
  const newsletterId = typeof input.newsletterId === "string" ? input.newsletterId : "";
  const subscribe = input.subscribe === "1";
  return db.$transaction(async (tx) => {
    const [membership, newsletter] = await Promise.all([
      tx.membership.findUnique({ where: { readerId: reader.id }, select: { status: true } }),
      tx.newsletter.findFirst({
        where: { id: newsletterId, active: true, membersOnly: true },
        select: { id: true },
      }),
    ]);
    if (!newsletter) return fail("not-found", "That newsletter is not offered any more.");
    if (subscribe && !isMemberStatus(membership?.status)) {
      return fail("forbidden", "This newsletter is for members.");
    }
    const subscriber = await tx.subscriber.upsert({
      where: { email: reader.email },
      create: { email: reader.email },
      update: {},
      select: { id: true },
    });
    const now = new Date();
    const state = subscribe
      ? { status: "CONFIRMED" as const, confirmedAt: now, unsubscribedAt: null }
      : { status: "UNSUBSCRIBED" as const, unsubscribedAt: now };
    await tx.subscription.upsert({
      where: { subscriberId_newsletterId: { subscriberId: subscriber.id, newsletterId } },
      create: { subscriberId: subscriber.id, newsletterId, source: "membership", ...state },
      update: state,
      select: { id: true },
    });
    return done(null);
  });
}
