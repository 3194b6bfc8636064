import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { Staff } from "@/lib/auth/session";
import { wakeWorker } from "@/lib/jobs/wake";
import { queueNarration } from "@/lib/narration/queue";
import { publicationSlug } from "./headline-slug";
import { moveSlug } from "./references";
import { recordRevision } from "./revisions";
import { fieldsOf, writeAudit, type ArticleState, type Tx } from "./state";

/** The article's status, times and address after a move. */
export interface StatusWritten {
  version: number;
  status: ArticleStatus;
  /** Settled on the headline's by a first publication or a schedule (headline-slug.ts). */
  slug: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  unpublishAt: Date | null;
}

export interface StatusChange {
  to: ArticleStatus;
  /** Who made the move; null for the scheduler. */
  actor: Staff | null;
  audit: string;
  auditData?: Prisma.InputJsonObject;
  now: Date;
  /** For a move to SCHEDULED: when it goes out, and when (if ever) it comes down. */
  schedule?: { publishAt: Date; unpublishAt: Date | null };
}

/**
 * Every write of a workflow move, the same whether a person or the scheduler
 * makes it: the status and times (the first publication time is kept through
 * unpublishing and republishing, so the story keeps its place in the
 * archive), the address (a working one becomes the headline's when the
 * article is first scheduled or published), the tag and author pages'
 * publication mirrors, a revision per publish and an audit row. The update
 * names the version and status that were read, so a move racing another one
 * changes nothing and returns null.
 */
export async function writeStatusChange(
  tx: Tx,
  state: ArticleState,
  change: StatusChange,
): Promise<StatusWritten | null> {
  const { to, actor, now } = change;
  const version = state.version + 1;
  const publishedAt = to === "PUBLISHED" ? (state.publishedAt ?? now) : state.publishedAt;
  const scheduledAt =
    to === "SCHEDULED"
      ? (change.schedule?.publishAt ?? null)
      : to === "PUBLISHED" || to === "DRAFT"
        ? null
        : state.scheduledAt;
  // A planned take-down survives "Publish now"; going off the site or back
  // to draft ends it.
  const unpublishAt =
    to === "SCHEDULED"
      ? (change.schedule?.unpublishAt ?? null)
      : to === "UNPUBLISHED" || to === "DRAFT"
        ? null
        : state.unpublishAt;
  const slug =
    to === "PUBLISHED" || to === "SCHEDULED" ? await publicationSlug(tx, state) : state.slug;

  const written = await tx.article.updateMany({
    where: { id: state.id, version: state.version, status: state.status },
    data: {
      slug,
      status: to,
      publishedAt,
      scheduledAt,
      unpublishAt,
      version,
      // The scheduler is nobody: a conflict screen then says "Someone".
      updatedById: actor?.id ?? null,
    },
  });
  if (written.count === 0) return null;
  await moveSlug(tx, state, slug);
  // A new publish or take-down time: the worker looks again at when to wake.
  if (scheduledAt || unpublishAt) await wakeWorker(tx, "publishing");

  // Tag and author pages read these mirrors; only a published article has one.
  const mirror = to === "PUBLISHED" ? publishedAt : null;
  await tx.articleAuthor.updateMany({
    where: { articleId: state.id },
    data: { publishedAt: mirror },
  });
  await tx.articleTag.updateMany({ where: { articleId: state.id }, data: { publishedAt: mirror } });
  if (to === "PUBLISHED") {
    // The audio version is made in the background; queued here so it is
    // asked for exactly when the publish commits (an unchanged text keeps
    // its narration).
    const fields = { ...fieldsOf(state), slug };
    await queueNarration(tx, { articleId: state.id, version, ...fields });
    if (actor) {
      await recordRevision(tx, actor, state.id, version, "PUBLISH", fields);
    } else {
      await tx.revision.create({
        data: {
          articleId: state.id,
          version,
          kind: "PUBLISH",
          snapshot: fields,
          createdById: null,
        },
        select: { id: true },
      });
    }
  }
  const auditData = { from: state.status, to, version, ...change.auditData };
  if (actor) {
    await writeAudit(tx, actor, change.audit, state.id, auditData);
  } else {
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: change.audit,
        entityType: "article",
        entityId: state.id,
        data: { ...auditData, by: "scheduler" },
      },
      select: { id: true },
    });
  }
  return { version, status: to, slug, publishedAt, scheduledAt, unpublishAt };
}
