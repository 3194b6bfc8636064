import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import type {
  DeliveryStatusName,
  IssueListItemDto,
  IssueDetailDto,
  IssueProgressDto,
  DeliveryRowDto,
} from "./dto";
import { mayReceiveSql } from "./sending";

/** Reads for the staff issue screens; uncached, so progress is always current. */

export async function listIssues(options: {
  newsletterId?: string;
  take?: number;
}): Promise<IssueListItemDto[]> {
  const rows = await db.newsletterIssue.findMany({
    where: options.newsletterId ? { newsletterId: options.newsletterId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 50,
    select: {
      id: true,
      subject: true,
      status: true,
      createdAt: true,
      sendStartedAt: true,
      sentAt: true,
      recipientCount: true,
      sentCount: true,
      failedCount: true,
      newsletter: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ newsletter, createdBy, ...row }) => ({
    ...row,
    newsletterName: newsletter.name,
    createdBy: createdBy?.name ?? "A former colleague",
  }));
}

export async function getIssue(id: string): Promise<IssueDetailDto | null> {
  const row = await db.newsletterIssue.findUnique({
    where: { id },
    select: {
      id: true,
      subject: true,
      intro: true,
      articleIds: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      sendStartedAt: true,
      sentAt: true,
      recipientCount: true,
      newsletter: { select: { id: true, name: true, active: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const { createdBy, ...rest } = row;
  return { ...rest, createdBy: createdBy?.name ?? "A former colleague" };
}

/**
 * Confirmed subscribers now who may receive it (members only, for a
 * members' newsletter): who a send started this moment would reach.
 */
export async function confirmedSubscriberCount(newsletterId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count"
    FROM "Subscription" s JOIN "Newsletter" n ON n."id" = s."newsletterId"
    WHERE s."newsletterId" = ${newsletterId} AND s."status" = 'CONFIRMED'
      AND ${mayReceiveSql(Prisma.sql`s."subscriberId"`, Prisma.sql`n."membersOnly"`)}`;
  return row?.count ?? 0;
}

export async function getIssueProgress(issueId: string): Promise<IssueProgressDto> {
  const groups = await db.issueDelivery.groupBy({
    by: ["status"],
    where: { issueId },
    _count: { _all: true },
  });
  const count = (status: DeliveryStatusName) =>
    groups.find((group) => group.status === status)?._count._all ?? 0;
  const progress = {
    sent: count("SENT"),
    kept: count("KEPT"),
    failed: count("FAILED"),
    skipped: count("SKIPPED"),
    queued: count("QUEUED"),
    pending: count("PENDING"),
  };
  return { ...progress, total: Object.values(progress).reduce((a, b) => a + b, 0) };
}

export const DELIVERIES_PAGE_SIZE = 50;

export async function listDeliveries(
  issueId: string,
  options: { status: DeliveryStatusName | ""; query: string; page: number },
): Promise<{ rows: DeliveryRowDto[]; total: number; page: number; pageCount: number }> {
  const where = {
    issueId,
    ...(options.status ? { status: options.status } : {}),
    ...(options.query ? { subscriber: { email: { contains: options.query.toLowerCase() } } } : {}),
  };
  const total = await db.issueDelivery.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, DELIVERIES_PAGE_SIZE, options.page);
  const rows = await db.issueDelivery.findMany({
    where,
    orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      status: true,
      detail: true,
      queuedAt: true,
      finishedAt: true,
      subscriber: { select: { email: true } },
    },
  });
  return {
    rows: rows.map(({ subscriber, ...row }) => ({ ...row, email: subscriber.email })),
    total,
    page,
    pageCount,
  };
}

/** Issues being sent right now, for a line on the dashboard. */
export async function listSendingIssues(): Promise<
  { id: string; subject: string; sent: number; total: number }[]
> {
  const rows = await db.newsletterIssue.findMany({
    where: { status: "SENDING" },
    orderBy: { sendStartedAt: "asc" },
    take: 3,
    select: { id: true, subject: true, sentCount: true, recipientCount: true },
  });
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    sent: row.sentCount,
    total: row.recipientCount,
  }));
}
