import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import { readMailSettings } from "./config";
import { redactPersonalLinks } from "./redact";
import type { OutboxFilter, OutboxParams } from "./outbox-params";
import type { OutboxStatus, OutboxListItemDto, OutboxMessageDto } from "./dto";

/** Reads for /editor/outbox; uncached, so staff see mail the moment it is queued. */

export const OUTBOX_PAGE_SIZE = 25;

const STATUSES_OF: Record<OutboxFilter, OutboxStatus[]> = {
  queued: ["QUEUED", "SENDING"],
  sent: ["SENT"],
  failed: ["FAILED"],
  kept: ["KEPT"],
};

const listSelect = {
  id: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailOutboxSelect;

function toListItem(row: Prisma.EmailOutboxGetPayload<{ select: typeof listSelect }>) {
  const { toAddress, ...rest } = row;
  return { ...rest, to: toAddress };
}

/** Throws rather than leak: callers check `outbox.read` first, this is the backstop. */
function assertReader(staff: Staff): void {
  if (!can(staff.role, "outbox.read")) throw new Error("outbox.read required");
}

export async function listOutbox(
  staff: Staff,
  params: OutboxParams,
): Promise<{
  items: OutboxListItemDto[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<OutboxFilter, number>;
}> {
  assertReader(staff);
  const where: Prisma.EmailOutboxWhereInput = {
    ...(params.status ? { status: { in: STATUSES_OF[params.status] } } : {}),
    ...(params.query ? { toAddress: { contains: params.query, mode: "insensitive" } } : {}),
  };
  const [total, grouped] = await Promise.all([
    db.emailOutbox.count({ where }),
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const { page, pageCount, skip, take } = pageWindow(total, OUTBOX_PAGE_SIZE, params.page);
  const rows = await db.emailOutbox.findMany({
    where,
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
  });
  const byStatus = new Map(grouped.map((group) => [group.status, group._count._all]));
  const countOf = (filter: OutboxFilter) =>
    STATUSES_OF[filter].reduce((sum, status) => sum + (byStatus.get(status) ?? 0), 0);
  return {
    items: rows.map(toListItem),
    total,
    page,
    pageCount,
    counts: {
      queued: countOf("queued"),
      sent: countOf("sent"),
      failed: countOf("failed"),
      kept: countOf("kept"),
    },
  };
}

export async function getOutboxMessage(staff: Staff, id: string): Promise<OutboxMessageDto | null> {
  assertReader(staff);
  const row = await db.emailOutbox.findUnique({
    where: { id },
    select: {
      ...listSelect,
      fromAddress: true,
      messageId: true,
      idempotencyKey: true,
      headers: true,
      html: true,
      text: true,
    },
  });
  if (!row) return null;
  const { toAddress, fromAddress, headers, html, text, ...rest } = row;
  // Staff never see a reader's live personal link (lib/mail/redact.ts).
  const shownHtml = redactPersonalLinks(html);
  const shownText = redactPersonalLinks(text);
  const shownHeaders = headerList(headers).map((header) => ({
    name: header.name,
    value: redactPersonalLinks(header.value).text,
  }));
  return {
    ...rest,
    to: toAddress,
    from: fromAddress,
    headers: shownHeaders,
    html: shownHtml.text,
    text: shownText.text,
    personalLinksHidden: shownHtml.redacted || shownText.redacted,
  };
}

function headerList(value: Prisma.JsonValue): { name: string; value: string }[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([name, headerValue]) =>
    typeof headerValue === "string" ? [{ name, value: headerValue }] : [],
  );
}

/** Whether mail leaves this server at all; shown on the outbox page. */
export function smtpConfigured(): boolean {
  return readMailSettings().smtpUrl !== undefined;
}
