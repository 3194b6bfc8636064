import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { conflict } from "@/lib/articles/editing/commands";
import { writeStatusChange } from "@/lib/articles/editing/publication";
import { checkReadiness } from "@/lib/articles/editing/readiness";
import type { ArticleConflict } from "@/lib/articles/editing/dto";
import { contextFor, loadArticleState } from "@/lib/articles/editing/state";
import type { Transitioned } from "@/lib/articles/editing/dto";
import { transitioned } from "@/lib/articles/editing/workflow";
import { db } from "@/lib/db";
import type { ScheduleInput } from "./schemas";

/** Statuses an article can be scheduled from; a scheduled one can be moved to a new time. */
const SCHEDULABLE = ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"] as const;

/**
 * Schedules an article to go out at `publishAt` (and, if given, to come down
 * at `unpublishAt`). The checklist must pass now, as for "Publish": the
 * scheduler checks it again when the time comes, in case the article was
 * edited since. Taking it down needs `article.unpublish` as well.
 * "Unschedule" is the ordinary move back to draft. Nothing public changes
 * (a scheduled article is not on the site), so no page is refreshed.
 */
export async function scheduleArticle(
  staff: Staff,
  input: ScheduleInput,
): Promise<ActionResult<Transitioned, ArticleConflict>> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const state = await loadArticleState(tx, input.id);
    if (!state) return notFound("This article");
    const context = contextFor(staff, state);
    if (!can(staff.role, "article.schedule", context)) return denied("schedule this article");
    const unpublishAt = input.unpublishAt ?? null;
    if (unpublishAt && !can(staff.role, "article.unpublish", context)) {
      return denied("schedule this article to be unpublished");
    }
    if (state.version !== input.version) return conflict(state);
    if (!(SCHEDULABLE as readonly string[]).includes(state.status)) {
      return invalid({}, "This article is already published.");
    }
    const timeErrors: Record<string, string> = {};
    if (input.publishAt <= now) timeErrors.publishAt = "Choose a time in the future.";
    if (unpublishAt && unpublishAt <= input.publishAt) {
      timeErrors.unpublishAt = "The unpublish time must be after the publish time.";
    }
    if (Object.keys(timeErrors).length) return invalid(timeErrors);

    const ready = await checkReadiness(tx, state, staff, input.overrideReason);
    if (!ready.ok) return ready;

    const written = await writeStatusChange(tx, state, {
      to: "SCHEDULED",
      actor: staff,
      audit: "article.schedule",
      auditData: {
        publishAt: input.publishAt.toISOString(),
        unpublishAt: unpublishAt?.toISOString() ?? null,
        ...(ready.override ? { override: { ...ready.override } } : {}),
      },
      now,
      schedule: { publishAt: input.publishAt, unpublishAt },
    });
    if (!written) {
      const latest = await loadArticleState(tx, state.id);
      return latest ? conflict(latest) : notFound("This article");
    }
    return ok(transitioned(staff, state, written));
  });
}
