import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { rateLimitStore } from "./rate-limit";
import type { Staff } from "./session";
import { invalid, ok, type ActionResult } from "./staff-action";

export const PASSWORD_MIN_LENGTH = 12;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(200, "Use at most 200 characters."),
    confirmPassword: z.string().max(1024),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

const ATTEMPTS = { windowMs: 15 * 60_000, max: 5 };

/**
 * Any staff member replaces their own password, proving the current one.
 * Every other session of the account ends (the session version moves); the
 * form signs this browser in again with the new password.
 */
export async function changeOwnPassword(
  staff: Staff,
  input: z.output<typeof changePasswordSchema>,
): Promise<ActionResult<{ email: string }>> {
  const key = `change-password:${staff.id}`;
  if ((await rateLimitStore().hit(key, ATTEMPTS.windowMs)) > ATTEMPTS.max) {
    return invalid({}, "Too many attempts. Wait 15 minutes, then try again.");
  }
  const row = await db.staffUser.findUnique({
    where: { id: staff.id },
    select: { passwordHash: true },
  });
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    return invalid({ currentPassword: "That is not your current password." });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.staffUser.update({
      where: { id: staff.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    }),
    db.auditLog.create({
      data: {
        actorId: staff.id,
        action: "staff.password-change",
        entityType: "staff",
        entityId: staff.id,
      },
    }),
  ]);
  await rateLimitStore().reset(key, ATTEMPTS.windowMs);
  return ok({ email: staff.email });
}
