import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { contextFor, loadArticleState } from "@/lib/articles/editing/state";
import { db } from "@/lib/db";
import { documentReferences, sanitizeDocument } from "@/lib/documents/sanitize";
import { describeImages } from "@/lib/media/library";
import { getSiteSettings } from "@/lib/site/settings";
import { contextOf } from "./commands";
import type { LiveDeskDto, StaffUpdateDto } from "./dto";

/** How many of the newest updates the desk shows beside the composer. */
const DESK_UPDATES = 60;

/**
 * The live desk: the composer's side of a live blog, for staff. Drafts and
 * schedules are listed with the posted updates, never cached, and each
 * update says what this staff member may do with it, from the same table
 * the commands check.
 */
export async function getLiveDesk(staff: Staff, articleId: string): Promise<LiveDeskDto | null> {
  const state = await loadArticleState(db, articleId);
  if (!state || state.type !== "LIVE_BLOG") return null;
  const [blog, rows, site] = await Promise.all([
    db.liveBlog.findUnique({ where: { articleId }, select: { state: true, keyPoints: true } }),
    db.liveUpdate.findMany({
      where: { liveBlogId: articleId },
      // Unposted work first (drafts have no time), then newest first.
      orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      take: DESK_UPDATES,
      select: {
        id: true,
        title: true,
        body: true,
        status: true,
        pinned: true,
        publishedAt: true,
        version: true,
        updatedAt: true,
        authorId: true,
        createdById: true,
        author: { select: { name: true } },
        createdBy: { select: { name: true } },
      },
    }),
    getSiteSettings(),
  ]);
  const updates = rows.map((row): StaffUpdateDto => {
    const context = contextOf(staff, row);
    const body = sanitizeDocument(row.body);
    return {
      id: row.id,
      title: row.title,
      body,
      status: row.status,
      pinned: row.pinned,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      version: row.version,
      authorName: row.author?.name ?? row.createdBy?.name ?? "Unknown",
      updatedAt: row.updatedAt.toISOString(),
      mayEdit: can(staff.role, "live.write", context),
      mayPost: can(staff.role, "live.post", context),
      mayDelete: can(staff.role, "live.deleteUpdate", context),
    };
  });
  const mediaIds = [
    ...new Set(updates.flatMap((update) => documentReferences(update.body).mediaIds)),
  ];
  return {
    article: { id: state.id, title: state.title, slug: state.slug, status: state.status },
    state: blog?.state ?? "LIVE",
    keyPoints: blog?.keyPoints ?? [],
    updates,
    media: await describeImages(mediaIds),
    timeZone: site.timezone,
    allowed: {
      post: can(staff.role, "live.post", { own: true, status: "PUBLISHED" }),
      pin: can(staff.role, "live.pin"),
      manage: can(staff.role, "live.manage", contextFor(staff, state)),
      upload: can(staff.role, "media.upload"),
    },
  };
}

/**
 * The live blogs staff may be posting to: every one not ended, newest
 * first, for the dashboard's way into their desks (a reporter who is not on
 * a live blog's byline cannot reach its desk from the article).
 */
export async function listLiveDesks(): Promise<{ id: string; title: string; status: string }[]> {
  return db.article.findMany({
    where: {
      type: "LIVE_BLOG",
      status: { in: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED"] },
      OR: [{ liveBlog: { is: null } }, { liveBlog: { is: { state: "LIVE" } } }],
    },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, title: true, status: true },
  });
}
