import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { QueueParams } from "./queue-params";
import type { CommentStatus } from "./rules";
import type { QueueReaderDto, QueueDto } from "./dto";

export const QUEUE_PAGE_SIZE = 30;

const EMPTY_COUNTS: Record<CommentStatus, number> = {
  PENDING: 0,
  APPROVED: 0,
  REJECTED: 0,
  SPAM: 0,
};

async function statusCounts(where: Prisma.CommentWhereInput) {
  const groups = await db.comment.groupBy({
    by: ["status"],
    // A comment its writer deleted needs no decision: listed under "All" only.
    where: { ...where, deletedAt: null },
    _count: { _all: true },
  });
  const counts = { ...EMPTY_COUNTS };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Comments waiting for a moderator, for the dashboard. */
export async function countPendingComments(): Promise<number> {
  return db.comment.count({ where: { status: "PENDING", deletedAt: null } });
}

/**
 * The moderation queue: held comments first (oldest first, the ones waiting
 * longest), or any status, filtered by article, reader or text.
 */
export async function listModerationQueue(params: QueueParams): Promise<QueueDto> {
  const scope: Prisma.CommentWhereInput = {
    ...(params.article ? { articleId: params.article } : {}),
    ...(params.reader ? { readerId: params.reader } : {}),
    ...(params.q
      ? {
          OR: [
            { body: { contains: params.q, mode: "insensitive" } },
            { reader: { email: { contains: params.q, mode: "insensitive" } } },
            { reader: { displayName: { contains: params.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const where: Prisma.CommentWhereInput =
    params.status === "ALL" ? scope : { ...scope, status: params.status, deletedAt: null };
  const orderBy: Prisma.CommentOrderByWithRelationInput[] =
    params.status === "PENDING"
      ? [{ createdAt: "asc" }, { id: "asc" }]
      : params.status === "ALL"
        ? [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }]
        : [{ createdAt: "desc" }, { id: "desc" }];

  const [total, counts, rows, reader, article] = await Promise.all([
    db.comment.count({ where }),
    statusCounts(scope),
    db.comment.findMany({
      where,
      orderBy,
      skip: (params.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        body: true,
        status: true,
        heldReason: true,
        ipHash: true,
        createdAt: true,
        editedAt: true,
        deletedAt: true,
        moderatedAt: true,
        moderatedBy: { select: { name: true } },
        reader: {
          select: { id: true, displayName: true, email: true, bannedAt: true, createdAt: true },
        },
        article: { select: { id: true, title: true, slug: true } },
        parent: { select: { body: true, reader: { select: { displayName: true } } } },
      },
    }),
    params.reader ? loadReader(params.reader) : null,
    params.article
      ? db.article.findUnique({ where: { id: params.article }, select: { id: true, title: true } })
      : null,
  ]);

  const hashes = [...new Set(rows.map((row) => row.ipHash).filter(Boolean))];
  const shared = hashes.length
    ? await db.comment.groupBy({
        by: ["ipHash"],
        where: { ipHash: { in: hashes } },
        _count: { _all: true },
      })
    : [];
  const perHash = new Map(shared.map((group) => [group.ipHash, group._count._all]));

  return {
    items: rows.map((row) => ({
      id: row.id,
      body: row.body,
      status: row.status,
      heldReason: row.heldReason,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      deletedAt: row.deletedAt,
      moderatedAt: row.moderatedAt,
      moderatedBy: row.moderatedBy?.name ?? null,
      reader: {
        id: row.reader.id,
        displayName: row.reader.displayName,
        email: row.reader.email,
        banned: row.reader.bannedAt !== null,
        createdAt: row.reader.createdAt,
      },
      article: row.article,
      parent: row.parent
        ? {
            authorName: row.parent.reader.displayName || "Reader",
            excerpt: excerpt(row.parent.body),
          }
        : null,
      sameAddress: row.ipHash ? Math.max(0, (perHash.get(row.ipHash) ?? 1) - 1) : 0,
    })),
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    counts,
    reader,
    article,
  };
}

async function loadReader(id: string): Promise<QueueReaderDto | null> {
  const [row, counts] = await Promise.all([
    db.reader.findUnique({
      where: { id },
      select: { id: true, displayName: true, email: true, bannedAt: true, createdAt: true },
    }),
    statusCounts({ readerId: id }),
  ]);
  return row ? { ...row, counts } : null;
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
