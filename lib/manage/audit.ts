import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * One audit row per change, written in the change's own transaction so the
 * log can never claim a change that was rolled back (or miss one that was not).
 */
export async function recordAudit(
  tx: Tx,
  entry: {
    actorId: string;
    action: string;
    entityType: string;
    entityId: string;
    data?: Prisma.InputJsonObject;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: { ...entry, data: entry.data ?? {} },
    select: { id: true },
  });
}

/** The fields whose value differs, as { field: { from, to } }, for the audit data. */
export function changedFields<T extends Record<string, Prisma.InputJsonValue | null>>(
  before: T,
  after: T,
): Prisma.InputJsonObject {
  const changes: Record<string, Prisma.InputJsonObject> = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
