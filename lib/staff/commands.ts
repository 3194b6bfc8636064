import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { refused } from "@/lib/manage/results";
import { slugify } from "@/lib/slugs/rules";
import { isLastActiveAdmin } from "./admin-guard";
import type { CreateStaffInput, UpdateStaffProfileInput } from "./schemas";
import { generateTemporaryPassword } from "./temporary-password";

const EMAIL_TAKEN = "Another account already uses this email address.";

/** A free author slug for a new byline: the name's slug, then -2, -3… */
async function freeAuthorSlug(tx: Tx, name: string, fallback: string): Promise<string> {
  const base = slugify(name) || fallback;
  const taken = new Set(
    (
      await tx.author.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
    ).map((a) => a.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Opens an account with a temporary password, returned once to be handed
 * over; only its hash is stored and it appears in no log.
 */
export async function createStaffAccount(
  staff: Staff,
  input: CreateStaffInput,
): Promise<ActionResult<{ id: string; email: string; temporaryPassword: string }>> {
  const temporaryPassword = generateTemporaryPassword();
  // Hashing is slow on purpose; it is done before the transaction opens.
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const result = await db.$transaction(async (tx) => {
      const existing = await tx.staffUser.findUnique({
        where: { email: input.email },
        select: { id: true },
      });
      if (existing) return invalid({ email: EMAIL_TAKEN });
      const account = await tx.staffUser.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          passwordHash,
          mustChangePassword: true,
        },
        select: { id: true },
      });
      const bylineSlug = input.createByline
        ? await freeAuthorSlug(tx, input.name, `staff-${account.id.slice(-8)}`)
        : null;
      if (bylineSlug) {
        await tx.author.create({
          data: { name: input.name, slug: bylineSlug, staffUserId: account.id },
          select: { id: true },
        });
        await invalidate(tx, [tags.authors]);
      }
      await recordAudit(tx, {
        actorId: staff.id,
        action: "staff.create",
        entityType: "staff",
        entityId: account.id,
        data: { email: input.email, role: input.role, byline: bylineSlug },
      });
      return ok({ id: account.id, email: input.email, temporaryPassword, byline: bylineSlug });
    });
    if (!result.ok) return result;
    const { byline: _byline, ...data } = result.data;
    return ok(data);
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ email: EMAIL_TAKEN });
    throw error;
  }
}

export async function updateStaffProfile(
  staff: Staff,
  input: UpdateStaffProfileInput,
): Promise<ActionResult<{ id: string }>> {
  try {
    return await db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
      const before = await tx.staffUser.findUnique({
        where: { id: input.id },
        select: { name: true, email: true },
      });
      if (!before) return notFound("That account");
      if (input.email !== before.email) {
        const other = await tx.staffUser.findUnique({
          where: { email: input.email },
          select: { id: true },
        });
        if (other) return invalid({ email: EMAIL_TAKEN });
      }
      const after = { name: input.name, email: input.email };
      await tx.staffUser.update({
        where: { id: input.id },
        // A new sign-in address ends the sessions opened under the old one.
        data: {
          ...after,
          ...(after.email !== before.email ? { sessionVersion: { increment: 1 } } : {}),
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "staff.update",
        entityType: "staff",
        entityId: input.id,
        data: changedFields(before, after),
      });
      return ok({ id: input.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ email: EMAIL_TAKEN });
    throw error;
  }
}

/**
 * Changes an account's role and ends its sessions (the session version is
 * bumped), so new limits apply at once. Admins cannot change their own role,
 * and the last active admin cannot be demoted.
 */
export async function changeStaffRole(
  staff: Staff,
  input: { id: string; role: Role },
): Promise<ActionResult<{ id: string; role: Role }>> {
  if (input.id === staff.id) {
    return refused("You cannot change your own role. Ask another admin to do it.");
  }
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string; role: Role }>> => {
    const lastAdmin = input.role !== "ADMIN" && (await isLastActiveAdmin(tx, input.id));
    const target = await tx.staffUser.findUnique({
      where: { id: input.id },
      select: { role: true, name: true },
    });
    if (!target) return notFound("That account");
    if (target.role === input.role) return ok({ id: input.id, role: input.role });
    if (lastAdmin) {
      return refused(
        `${target.name} is the last active admin. Make another account an admin first.`,
      );
    }
    await tx.staffUser.update({
      where: { id: input.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "staff.changeRole",
      entityType: "staff",
      entityId: input.id,
      data: { role: { from: target.role, to: input.role } },
    });
    return ok({ id: input.id, role: input.role });
  });
}

/**
 * Deactivates an account (its sessions end at once and it can no longer sign
 * in; its byline and history stay) or reactivates it. Admins cannot
 * deactivate themselves, and the last active admin stays active.
 */
export async function setStaffActive(
  staff: Staff,
  input: { id: string; active: boolean },
): Promise<ActionResult<{ id: string; active: boolean }>> {
  if (input.id === staff.id && !input.active) {
    return refused("You cannot deactivate your own account. Ask another admin to do it.");
  }
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string; active: boolean }>> => {
    const lastAdmin = !input.active && (await isLastActiveAdmin(tx, input.id));
    const target = await tx.staffUser.findUnique({
      where: { id: input.id },
      select: { active: true, name: true },
    });
    if (!target) return notFound("That account");
    if (target.active === input.active) return ok(input);
    if (lastAdmin) {
      return refused(`${target.name} is the last active admin and cannot be deactivated.`);
    }
    await tx.staffUser.update({
      where: { id: input.id },
      // Reactivating needs no bump: the old sessions already ended.
      data: { active: input.active, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: input.active ? "staff.reactivate" : "staff.deactivate",
      entityType: "staff",
      entityId: input.id,
    });
    return ok(input);
  });
}

/**
 * Replaces an account's password with a new temporary one, shown once, and
 * ends its sessions. Not for one's own account: that would sign the admin
 * out mid-way, and another admin should witness it.
 */
export async function resetStaffPassword(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string; temporaryPassword: string }>> {
  if (input.id === staff.id) {
    return refused("You cannot reset your own password here. Ask another admin to do it.");
  }
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(
    async (tx): Promise<ActionResult<{ id: string; temporaryPassword: string }>> => {
      const target = await tx.staffUser.findUnique({
        where: { id: input.id },
        select: { id: true },
      });
      if (!target) return notFound("That account");
      await tx.staffUser.update({
        where: { id: input.id },
        data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "staff.resetPassword",
        entityType: "staff",
        entityId: input.id,
      });
      return ok({ id: input.id, temporaryPassword });
    },
  );
}
