import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { idField, requiredText } from "@/lib/manage/form-schemas";

export const STAFF_LIMITS = { name: 120, email: 320 } as const;

// Deliberately loose: the address only has to be deliverable-looking; the
// person proves it is theirs by signing in with the password sent to them.
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(STAFF_LIMITS.email, "This email address is too long.")
  .regex(EMAIL, "Enter an email address like name@example.com.");

const roleField = z.enum(ROLES, "Choose a role.");

export const createStaffSchema = z.object({
  name: requiredText("a name", STAFF_LIMITS.name),
  email: emailField,
  role: roleField,
  /** Also create a byline under the same name, linked to the account. */
  createByline: z.boolean(),
});

export const updateStaffProfileSchema = z.object({
  id: idField,
  name: requiredText("a name", STAFF_LIMITS.name),
  email: emailField,
});

export const changeStaffRoleSchema = z.object({ id: idField, role: roleField });

export const setStaffActiveSchema = z.object({ id: idField, active: z.boolean() });

export const resetStaffPasswordSchema = z.object({ id: idField });

export type CreateStaffInput = z.output<typeof createStaffSchema>;
export type UpdateStaffProfileInput = z.output<typeof updateStaffProfileSchema>;
