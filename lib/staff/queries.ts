import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { StaffAccountDto, StaffAccountDetailDto } from "./dto";

/** Reads for the admin's staff screens; uncached so a change shows at once. */

const select = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
  createdAt: true,
  author: { select: { id: true, name: true, slug: true } },
} as const;

type Row = Omit<StaffAccountDto, "lastSignInAt" | "createdAt" | "byline"> & {
  lastSignInAt: Date | null;
  createdAt: Date;
  author: StaffAccountDto["byline"];
};

const toDto = ({ author, lastSignInAt, createdAt, ...row }: Row): StaffAccountDto => ({
  ...row,
  lastSignInAt: lastSignInAt?.toISOString() ?? null,
  createdAt: createdAt.toISOString(),
  byline: author,
});

const ROLE_ORDER: Record<Role, number> = { ADMIN: 0, EDITOR: 1, AUTHOR: 2, CONTRIBUTOR: 3 };

/** Active accounts first, then by role (admins first) and name. */
export async function listStaffAccounts(): Promise<StaffAccountDto[]> {
  const rows = await db.staffUser.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select,
  });
  return rows
    .map(toDto)
    .sort((a, b) => Number(b.active) - Number(a.active) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

export async function getStaffAccount(id: string): Promise<StaffAccountDetailDto | null> {
  const row = await db.staffUser.findUnique({ where: { id }, select });
  if (!row) return null;
  const isAdmin = row.role === "ADMIN" && row.active;
  const admins = isAdmin ? await db.staffUser.count({ where: { role: "ADMIN", active: true } }) : 0;
  return { ...toDto(row), isLastActiveAdmin: isAdmin && admins === 1 };
}
