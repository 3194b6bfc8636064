import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Server-side records of staff sessions. The signed session cookie names
 * one; a session is good only while its record exists, is unrevoked and
 * unexpired, so signing out (or an admin ending someone's sessions) ends it
 * everywhere at once, copied cookies included.
 */
export async function startStaffSession(staffId: string, seconds: number): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.staffSession.create({
    data: { id, staffId, expiresAt: new Date(Date.now() + seconds * 1000) },
    select: { id: true },
  });
  // Old records go as new ones come: nothing else needs to sweep them.
  if (Math.random() < 0.05) {
    await db.staffSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  }
  return id;
}

export async function revokeStaffSession(id: unknown): Promise<void> {
  if (typeof id !== "string" || !id) return;
  await db.staffSession.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

export async function revokeAllStaffSessions(staffId: string): Promise<number> {
  const result = await db.staffSession.updateMany({
    where: { staffId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count;
}
