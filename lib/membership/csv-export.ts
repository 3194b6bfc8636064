import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Staff } from "@/lib/auth/session";
import { ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/manage/audit";
import { csvTime, safeCsvCell } from "@/lib/newsletters/admin/csv-cells";
import type { Prisma } from "@/generated/prisma/client";
import type { MemberFilters } from "./member-params";
import { memberRowSelect, memberWhere, toMemberRow } from "./staff-queries";

export const MEMBER_EXPORT_HEADER = [
  "email",
  "name",
  "status",
  "tier",
  "interval",
  "amount",
  "currency",
  "member_since",
  "next_payment",
  "cancelling",
] as const;

const CHUNK = 1000;

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberRowSelect }>;

/** The CSV of every member matching the filters, a chunk at a time (keyset on id). */
export async function* memberCsvChunks(filters: MemberFilters): AsyncGenerator<string> {
  yield stringify([MEMBER_EXPORT_HEADER as unknown as string[]]);
  const where = memberWhere(filters);
  let after: string | null = null;
  for (;;) {
    const rows: MemberRow[] = await db.membership.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: CHUNK,
      select: memberRowSelect,
    });
    if (!rows.length) return;
    yield stringify(
      rows
        .map(toMemberRow)
        .map((row) =>
          [
            row.email,
            row.displayName,
            row.status.toLowerCase(),
            row.tierName ?? "",
            row.interval?.toLowerCase() ?? "",
            (row.amount / 100).toFixed(2),
            row.currency,
            csvTime(row.startedAt),
            csvTime(row.currentPeriodEnd),
            row.cancelAtPeriodEnd ? "yes" : "no",
          ].map(safeCsvCell),
        ),
    );
    after = rows[rows.length - 1]!.id;
    if (rows.length < CHUNK) return;
  }
}

/** Starts an export, recording who took which members out (personal data leaving is audited). */
export async function startMemberExport(
  staff: Staff,
  filters: MemberFilters,
): Promise<ActionResult<{ chunks: AsyncGenerator<string>; fileName: string }>> {
  const count = await db.membership.count({ where: memberWhere(filters) });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: staff.id,
      action: "member.export",
      entityType: "membership",
      entityId: filters.tierId || "all",
      data: { ...filters, rows: count },
    }),
  );
  const day = new Date().toISOString().slice(0, 10);
  return ok({ chunks: memberCsvChunks(filters), fileName: `members-${day}.csv` });
}
