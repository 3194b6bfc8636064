import "server-only";
import type { Tx } from "@/lib/manage/audit";

/**
 * Locks the active admins' rows for the rest of the transaction and returns
 * their ids. Two admins demoting or deactivating each other at the same
 * moment then run one after the other, and the second sees that only one
 * admin is left, so the newsroom can never end up with none.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "StaffUser" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Would taking `staffId` out of the active admins leave none? */
export async function isLastActiveAdmin(tx: Tx, staffId: string): Promise<boolean> {
  const admins = await lockActiveAdmins(tx);
  return admins.includes(staffId) && admins.length === 1;
}
