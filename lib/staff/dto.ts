import type { Role } from "@/lib/auth/permissions";

export type { Role };

export interface StaffAccountDto {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  /** ISO time, or null before the first sign-in. */
  lastSignInAt: string | null;
  createdAt: string;
  byline: { id: string; name: string; slug: string } | null;
}

export interface StaffAccountDetailDto extends StaffAccountDto {
  /** The only active admin: the screen explains why it cannot be demoted or deactivated. */
  isLastActiveAdmin: boolean;
}
