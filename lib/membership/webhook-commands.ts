import "server-only";
import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { mayApply } from "./rules";
import { changeFromEvent, type MembershipChange } from "./stripe-events";

type Tx = Prisma.TransactionClient;
export type WebhookOutcome = "applied" | "stale" | "ignored" | "duplicate";

const membershipSelect = {
  id: true,
  readerId: true,
  status: true,
  tierId: true,
  startedAt: true,
  currentPeriodEnd: true,
  lastEventAt: true,
} satisfies Prisma.MembershipSelect;
type Current = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }>;

/**
 * Applies one verified Stripe event: the only way a membership changes.
 * Each event is recorded once, by its id, in the member's history; a
 * replay or a second delivery finds it there and changes nothing. An event
 * older than the newest one applied is recorded as stale and changes
 * nothing either (see mayApply), so arrival order does not matter.
 */
export async function applyStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  for (let attempt = 0; ; attempt++) {
    const seen = await db.membershipEvent.findUnique({
      where: { stripeEventId: event.id },
      select: { id: true },
    });
    if (seen) return "duplicate";
    try {
      return await db.$transaction((tx) => applyInTransaction(tx, event));
    } catch (error) {
      // Another delivery of this event, or of one creating the same member,
      // committed first: look again (the first check then answers).
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }
}

async function applyInTransaction(tx: Tx, event: Stripe.Event): Promise<WebhookOutcome> {
  const change = changeFromEvent(event);
  const occurredAt = new Date(event.created * 1000);
  const record = (
    outcome: "APPLIED" | "STALE" | "IGNORED",
    membershipId: string | null,
    extra: Partial<Prisma.MembershipEventUncheckedCreateInput> = {},
  ) =>
    tx.membershipEvent.create({
      data: {
        stripeEventId: event.id,
        type: event.type,
        outcome,
        membershipId,
        occurredAt,
        ...extra,
      },
      select: { id: true },
    });

  if (change.kind === "ignored") {
    await record("IGNORED", null);
    return "ignored";
  }
  const current = await lockMembership(tx, change);
  const readerId = current?.readerId ?? (await knownReader(tx, change.readerId));
  if (!readerId) {
    await record("IGNORED", null);
    return "ignored";
  }

  if (change.kind === "donation") {
    const id =
      current?.id ??
      (
        await tx.membership.create({
          // The epoch: any subscription event, whenever it was sent, is newer.
          data: { readerId, stripeCustomerId: change.customerId, lastEventAt: new Date(0) },
          select: { id: true },
        })
      ).id;
    await record("APPLIED", id, { amount: change.amount, donation: true });
    return "applied";
  }

  const history = {
    status: change.status,
    tierId: change.tierId ?? null,
    interval: change.interval ?? null,
    amount: change.amount ?? null,
  };
  if (!mayApply(current, occurredAt, change.status)) {
    await record("STALE", current?.id ?? null, history);
    return "stale";
  }
  const data = await membershipData(tx, change, current, occurredAt);
  const id = current
    ? (await tx.membership.update({ where: { id: current.id }, data, select: { id: true } })).id
    : (
        await tx.membership.create({
          data: { ...data, readerId, stripeCustomerId: change.customerId },
          select: { id: true },
        })
      ).id;
  await record("APPLIED", id, history);
  return "applied";
}

/**
 * The membership an event is about, by its Stripe customer or else by the
 * reader our checkout named, locked until the transaction ends so two
 * events for one member are compared and applied one after the other.
 */
async function lockMembership(
  tx: Tx,
  change: Exclude<MembershipChange, { kind: "ignored" }>,
): Promise<Current | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Membership"
    WHERE "stripeCustomerId" = ${change.customerId} OR "readerId" = ${change.readerId ?? ""}
    ORDER BY ("stripeCustomerId" = ${change.customerId}) DESC
    LIMIT 1
    FOR UPDATE`;
  const id = rows[0]?.id;
  return id ? tx.membership.findUnique({ where: { id }, select: membershipSelect }) : null;
}

async function knownReader(tx: Tx, readerId: string | null): Promise<string | null> {
  if (!readerId) return null;
  const reader = await tx.reader.findUnique({ where: { id: readerId }, select: { id: true } });
  return reader?.id ?? null;
}

async function membershipData(
  tx: Tx,
  change: Extract<MembershipChange, { kind: "membership" }>,
  current: Current | null,
  occurredAt: Date,
) {
  const data = {
    stripeCustomerId: change.customerId,
    status: change.status,
    lastEventAt: occurredAt,
  } satisfies Prisma.MembershipUncheckedUpdateInput;
  const more: Prisma.MembershipUncheckedUpdateInput = {};
  if (change.tierId !== undefined) {
    // A tier deleted since the checkout leaves the member without one.
    const tier = change.tierId
      ? await tx.membershipTier.findUnique({ where: { id: change.tierId }, select: { id: true } })
      : null;
    more.tierId = tier?.id ?? null;
  }
  if (change.interval !== undefined) more.interval = change.interval;
  if (change.amount !== undefined) more.amount = change.amount;
  if (change.currency !== undefined) more.currency = change.currency;
  const continuing =
    current?.startedAt && (current.status === "ACTIVE" || current.status === "PAST_DUE");
  if (change.startedAt && !continuing) more.startedAt = change.startedAt;
  // A guessed next payment never replaces the one a subscription event gave.
  if (
    change.currentPeriodEnd !== undefined &&
    !(change.periodEstimated && current?.currentPeriodEnd)
  ) {
    more.currentPeriodEnd = change.currentPeriodEnd;
  }
  if (change.cancelAtPeriodEnd !== undefined) more.cancelAtPeriodEnd = change.cancelAtPeriodEnd;
  if (change.endedAt !== undefined) {
    more.endedAt = change.status === "CANCELED" ? (change.endedAt ?? occurredAt) : null;
  }
  return { ...data, ...more } as Prisma.MembershipUncheckedCreateInput &
    Prisma.MembershipUncheckedUpdateInput;
}
