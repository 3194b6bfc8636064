import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { changedFields, recordAudit } from "@/lib/manage/audit";
import { offerChangeTags } from "./cache-tags";
import { OFFER_DEFAULTS } from "./offer-defaults";
import { tierSelect } from "./queries";
import type { CopyInput, OfferSettingsInput, TierInput } from "./schemas";

/*
 * Staff commands of membership. Each writes its audit entry and refreshes
 * the offer (/membership and the support box) in its own transaction.
 * Nothing here touches a member: only Stripe's webhooks do.
 */

export async function saveTier(
  staff: Staff,
  input: TierInput,
): Promise<ActionResult<{ id: string }>> {
  const { id, ...fields } = input;
  return db.$transaction(async (tx) => {
    if (!id) {
      const created = await tx.membershipTier.create({ data: fields, select: { id: true } });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "membership.tier.create",
        entityType: "membershipTier",
        entityId: created.id,
        data: { ...fields },
      });
      await invalidate(tx, offerChangeTags());
      return ok(created);
    }
    const before = await tx.membershipTier.findUnique({ where: { id }, select: tierSelect });
    if (!before) return notFound("That tier");
    await tx.membershipTier.update({ where: { id }, data: fields, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "membership.tier.update",
      entityType: "membershipTier",
      entityId: id,
      data: changedFields(before, fields),
    });
    await invalidate(tx, offerChangeTags());
    return ok({ id });
  });
}

type SettingsFields = CopyInput | OfferSettingsInput;

/** Writes part of the one settings row, starting from the defaults the first time. */
async function saveSettings(
  staff: Staff,
  action: string,
  fields: SettingsFields,
): Promise<ActionResult<null>> {
  return db.$transaction(async (tx) => {
    const keys = Object.keys(fields) as (keyof typeof OFFER_DEFAULTS)[];
    const row = await tx.membershipSettings.findUnique({ where: { id: 1 } });
    const before = Object.fromEntries(
      keys.map((key) => [key, (row ?? OFFER_DEFAULTS)[key as keyof typeof OFFER_DEFAULTS] ?? null]),
    );
    // FAQs are plain objects of strings: JSON as they are.
    const data = fields as Prisma.MembershipSettingsUpdateInput;
    const defaults = {
      ...OFFER_DEFAULTS,
      faqs: [...OFFER_DEFAULTS.faqs],
    } as unknown as Prisma.MembershipSettingsCreateInput;
    await tx.membershipSettings.upsert({
      where: { id: 1 },
      create: { ...defaults, ...data, id: 1 } as Prisma.MembershipSettingsCreateInput,
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action,
      entityType: "membershipSettings",
      entityId: "1",
      data: changedFields(before as never, fields as never),
    });
    await invalidate(tx, offerChangeTags());
    return ok(null);
  });
}

export function saveMembershipCopy(staff: Staff, input: CopyInput) {
  return saveSettings(staff, "membership.copy", input);
}

export function saveOfferSettings(staff: Staff, input: OfferSettingsInput) {
  return saveSettings(staff, "membership.settings", input);
}
