import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions, SESSION_SECONDS } from "./options";
import { can, type ArticleContext, type Permission, type Role } from "./permissions";

/** The signed-in staff member, as every permission check sees them. */
export interface Staff {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Their byline, when they have one. */
  authorId: string | null;
  /** Signed in with a temporary password that must be replaced first. */
  mustChangePassword: boolean;
}

/**
 * The staff member behind this request, or null. The session cookie only
 * names the account and its session record; whether the session is still
 * open (not signed out, not expired), whether the account is still active,
 * its role and its session version are read from the database on every
 * request, so signing out, deactivating an account, changing its role or
 * its password ends its sessions at once.
 */
export const getCurrentStaff = cache(async (): Promise<Staff | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.staffId || !session.sessionId) return null;
  const signedInAt = session.signedInAt ?? 0;
  if (Date.now() - signedInAt > SESSION_SECONDS * 1000) return null;
  return loadSessionStaff(session.sessionId, session.staffId, session.sessionVersion ?? -1);
});

/** The account behind an open session record, if both still hold. */
export async function loadSessionStaff(
  sessionId: string,
  staffId: string,
  sessionVersion: number,
): Promise<Staff | null> {
  const record = await db.staffSession.findUnique({
    where: { id: sessionId },
    select: { staffId: true, revokedAt: true, expiresAt: true },
  });
  if (!record || record.staffId !== staffId || record.revokedAt || record.expiresAt <= new Date()) {
    return null;
  }
  return loadActiveStaff(staffId, sessionVersion);
}

export async function loadActiveStaff(id: string, sessionVersion: number): Promise<Staff | null> {
  const row = await db.staffUser.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      author: { select: { id: true } },
    },
  });
  if (!row || !row.active || row.sessionVersion !== sessionVersion) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    authorId: row.author?.id ?? null,
    mustChangePassword: row.mustChangePassword,
  };
}

/**
 * For editor pages: the staff member if they hold the permission; otherwise
 * the sign-in page (nobody signed in) or a 403 page.
 */
export async function requireStaff(
  permission: Permission,
  article?: ArticleContext,
  returnTo?: string,
): Promise<Staff> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  if (staff.mustChangePassword) {
    redirect(`/account/password${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ""}`);
  }
  if (!can(staff.role, permission, article)) forbidden();
  return staff;
}

/** Does the request carry a staff session cookie at all? Readers' requests never do. */
export function carriesSessionCookie(cookieHeader: string | null): boolean {
  return /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/.test(cookieHeader ?? "");
}
