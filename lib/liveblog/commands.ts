import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type ArticleContext } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import {
  denied,
  invalid,
  notFound,
  ok,
  type ActionResult,
  type Failure,
  type Grant,
} from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { wakeWorker } from "@/lib/jobs/wake";
import { recordAudit } from "@/lib/manage/audit";
import { statusForIntent, type LiveUpdateStatus } from "./rules";
import { refreshStream } from "./stream";
import type { CreateUpdateInput, EditUpdateInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The update's id and version after a write, for the composer. */
export type UpdateResult = ActionResult<{ id: string; version: number }, { version: number }>;

/**
 * Writes to a live blog's updates. Each update is a row of its own with its
 * own version, so reporters posting or editing different updates at once
 * never conflict; two people editing the same update get a clear conflict.
 * Every write checks the permission against the update itself (its writer,
 * its status), records an audit entry on the live blog's article and
 * refreshes the live page's tags, all in one transaction.
 */

/** Writes a new update: posted now, scheduled or kept as a draft. */
export async function createUpdate(
  staff: Staff,
  input: CreateUpdateInput,
  grant: Grant,
): Promise<UpdateResult> {
  const next = statusForIntent(input.intent, scheduledTime(input.scheduledAt));
  // A new update is the writer's own: may they write it, and post it?
  if (!grant.allows({ own: true, status: "DRAFT" })) return grant.denied();
  const context: ArticleContext = { own: true, status: next.status };
  if (next.status !== "DRAFT" && !can(staff.role, "live.post", context)) {
    return denied("post updates; save a draft for an editor to post");
  }
  if (input.intent === "schedule" && next.status !== "SCHEDULED") {
    return invalid({ scheduledAt: "Choose a time in the future, or post it now." });
  }
  return db.$transaction(async (tx): Promise<UpdateResult> => {
    const blog = await lockLiveBlog(tx, input.liveBlogId);
    if (!blog) return notFound("This live blog");
    const created = await tx.liveUpdate.create({
      data: {
        liveBlogId: blog.articleId,
        authorId: staff.authorId,
        createdById: staff.id,
        title: input.title,
        body: input.body,
        status: next.status,
        publishedAt: next.publishedAt,
      },
      select: { id: true, version: true },
    });
    await audit(tx, staff, "live.update-create", blog.articleId, {
      updateId: created.id,
      status: next.status,
      publishedAt: next.publishedAt?.toISOString() ?? null,
      title: input.title,
    });
    // Readers see nothing of a draft or a schedule until it is out.
    if (next.status === "PUBLISHED") await refreshStream(tx, blog.articleId);
    if (next.status === "SCHEDULED") await wakeWorker(tx, "publishing");
    return ok(created);
  });
}

/** Rewrites an update, and posts, schedules or withdraws it when asked. */
export async function editUpdate(
  staff: Staff,
  input: EditUpdateInput,
  grant: Grant,
): Promise<UpdateResult> {
  return onLockedUpdate(staff, input.id, grant, async (tx, update): Promise<UpdateResult> => {
    if (update.version !== input.version) {
      return {
        ok: false,
        code: "conflict",
        error:
          "Someone else changed this update while you were editing it. Reload it to see their version.",
        conflict: { version: update.version },
      };
    }
    const next = input.intent
      ? statusForIntent(input.intent, scheduledTime(input.scheduledAt))
      : { status: update.status, publishedAt: update.publishedAt };
    // An update already out keeps its time: an edit is not a new update.
    if (input.intent === "publish" && update.status === "PUBLISHED") {
      next.publishedAt = update.publishedAt;
    }
    if (next.status !== update.status || next.publishedAt !== update.publishedAt) {
      if (next.status !== "DRAFT" && !can(staff.role, "live.post", contextOf(staff, update))) {
        return denied("post updates; an editor posts your drafts");
      }
      if (input.intent === "schedule" && next.status !== "SCHEDULED") {
        return invalid({ scheduledAt: "Choose a time in the future, or post it now." });
      }
    }
    const saved = await tx.liveUpdate.update({
      where: { id: update.id },
      data: {
        title: input.title,
        body: input.body,
        status: next.status,
        publishedAt: next.publishedAt,
        version: { increment: 1 },
      },
      select: { id: true, version: true },
    });
    await audit(tx, staff, "live.update-edit", update.liveBlogId, {
      updateId: update.id,
      ...(update.title !== input.title ? { title: { from: update.title, to: input.title } } : {}),
      ...(update.status !== next.status
        ? { status: { from: update.status, to: next.status } }
        : {}),
    });
    if (update.status === "PUBLISHED" || next.status === "PUBLISHED") {
      await refreshStream(tx, update.liveBlogId);
    }
    if (next.status === "SCHEDULED") await wakeWorker(tx, "publishing");
    return ok(saved);
  });
}

/** Pins an update to the top of the live page, or lets it go back into the stream. */
export async function pinUpdate(
  staff: Staff,
  input: { id: string; pinned: boolean },
  grant: Grant,
): Promise<UpdateResult> {
  return onLockedUpdate(staff, input.id, grant, async (tx, update): Promise<UpdateResult> => {
    if (update.pinned === input.pinned) return ok({ id: update.id, version: update.version });
    // Pinning is not an edit of the text: it neither bumps the version nor
    // makes the writer's open copy conflict.
    await tx.liveUpdate.update({ where: { id: update.id }, data: { pinned: input.pinned } });
    await audit(
      tx,
      staff,
      input.pinned ? "live.update-pin" : "live.update-unpin",
      update.liveBlogId,
      {
        updateId: update.id,
      },
    );
    if (update.status === "PUBLISHED") await refreshStream(tx, update.liveBlogId);
    return ok({ id: update.id, version: update.version });
  });
}

/** Deletes an update; the audit entry keeps its title, body and times. */
export async function deleteUpdate(
  staff: Staff,
  input: { id: string },
  grant: Grant,
): Promise<ActionResult<{ id: string }>> {
  return onLockedUpdate(
    staff,
    input.id,
    grant,
    async (tx, update): Promise<ActionResult<{ id: string }>> => {
      await tx.liveUpdate.delete({ where: { id: update.id } });
      await audit(tx, staff, "live.update-delete", update.liveBlogId, {
        updateId: update.id,
        status: update.status,
        title: update.title,
        body: update.body as Prisma.InputJsonValue,
        publishedAt: update.publishedAt?.toISOString() ?? null,
        createdById: update.createdById,
      });
      if (update.status === "PUBLISHED") await refreshStream(tx, update.liveBlogId);
      return ok({ id: update.id });
    },
  );
}

/**
 * The live blog of a LIVE_BLOG article, created on its first update, and
 * locked so that "newest update" is worked out one writer at a time.
 */
export async function lockLiveBlog(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { id: true, type: true },
  });
  if (!article || article.type !== "LIVE_BLOG") return null;
  await tx.$executeRaw`
    INSERT INTO "LiveBlog" ("articleId", "updatedAt") VALUES (${articleId}, now())
    ON CONFLICT ("articleId") DO NOTHING`;
  const rows = await tx.$queryRaw<{ articleId: string }[]>`
    SELECT "articleId" FROM "LiveBlog" WHERE "articleId" = ${articleId} FOR UPDATE`;
  return rows[0] ?? null;
}

type LockedUpdate = NonNullable<Awaited<ReturnType<typeof lockUpdate>>>;

/**
 * Runs a change on an update, locked for the transaction, once the acting
 * staff member is found allowed to make it on that update.
 */
function onLockedUpdate<R>(
  staff: Staff,
  id: string,
  grant: Grant,
  change: (tx: Tx, update: LockedUpdate) => Promise<R>,
): Promise<R | Failure> {
  return db.$transaction(async (tx): Promise<R | Failure> => {
    const update = await lockUpdate(tx, id);
    if (!update) return notFound("This update");
    if (!grant.allows(contextOf(staff, update))) return grant.denied();
    return change(tx, update);
  });
}

async function lockUpdate(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT "id" FROM "LiveUpdate" WHERE "id" = ${id} FOR UPDATE`;
  return tx.liveUpdate.findUnique({
    where: { id },
    select: {
      id: true,
      liveBlogId: true,
      title: true,
      body: true,
      status: true,
      pinned: true,
      publishedAt: true,
      version: true,
      authorId: true,
      createdById: true,
    },
  });
}

/** "Own" for an update: the staff member wrote it or it carries their byline. */
export function contextOf(
  staff: Pick<Staff, "id" | "authorId">,
  update: { createdById: string | null; authorId: string | null; status: LiveUpdateStatus },
): ArticleContext {
  return {
    own:
      update.createdById === staff.id ||
      (staff.authorId !== null && update.authorId === staff.authorId),
    status: update.status,
  };
}

function scheduledTime(value: string): Date | null {
  return value ? new Date(value) : null;
}

function audit(
  tx: Tx,
  staff: Staff,
  action: string,
  articleId: string,
  data: Prisma.InputJsonObject,
) {
  return recordAudit(tx, {
    actorId: staff.id,
    action,
    entityType: "article",
    entityId: articleId,
    data,
  });
}
