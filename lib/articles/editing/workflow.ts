import "server-only";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { refreshArticlePages } from "../freshness";
import { conflict } from "./commands";
import { recordRevision } from "./revisions";
import {
  contextFor,
  fieldsOf,
  loadArticleState,
  placesOf,
  writeAudit,
  type ArticleConflict,
  type ArticleState,
} from "./state";

export interface Transitioned {
  id: string;
  version: number;
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
}

interface Transition {
  permission: Permission;
  /** Said in "You do not have permission to …". */
  what: string;
  audit: string;
  from: ArticleStatus[];
  to: ArticleStatus;
  /** Why the move is not possible from the current status. */
  wrongStatus: string;
}

const TRANSITIONS = {
  submit: {
    permission: "article.submit",
    what: "submit this article for review",
    audit: "article.submit",
    from: ["DRAFT"],
    to: "IN_REVIEW",
    wrongStatus: "Only a draft can be submitted for review.",
  },
  publish: {
    permission: "article.publish",
    what: "publish this article",
    audit: "article.publish",
    from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"],
    to: "PUBLISHED",
    wrongStatus: "This article is already published.",
  },
  unpublish: {
    permission: "article.unpublish",
    what: "unpublish this article",
    audit: "article.unpublish",
    from: ["PUBLISHED"],
    to: "UNPUBLISHED",
    wrongStatus: "Only a published article can be unpublished.",
  },
  returnToDraft: {
    permission: "article.returnToDraft",
    what: "move this article back to draft",
    audit: "article.return-to-draft",
    from: ["IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"],
    to: "DRAFT",
    wrongStatus: "This article is already a draft.",
  },
} satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

type TransitionResult = ActionResult<Transitioned, ArticleConflict>;

/**
 * Moves an article through the workflow. Like a save it names the version
 * the person saw, so nobody publishes text they have not read; it records
 * who and when, and refreshes every public page that showed or now shows it.
 */
export async function transitionArticle(
  name: TransitionName,
  staff: Staff,
  input: { id: string; version: number },
): Promise<TransitionResult> {
  const transition: Transition = TRANSITIONS[name];
  let changed: ArticleState | null = null;
  const result = await db.$transaction(async (tx): Promise<TransitionResult> => {
    const state = await loadArticleState(tx, input.id);
    if (!state) return notFound("This article");
    if (!can(staff.role, transition.permission, contextFor(staff, state)))
      return denied(transition.what);
    if (state.version !== input.version) return conflict(state);
    if (!transition.from.includes(state.status)) return invalid({}, transition.wrongStatus);
    if (transition.to === "PUBLISHED") {
      const missing = publishProblems(state);
      if (Object.keys(missing).length)
        return invalid(missing, "This article is not ready to publish.");
    }

    const now = new Date();
    const version = state.version + 1;
    // The first publication time is kept through unpublishing and
    // republishing, so the story keeps its place in the archive.
    const publishedAt =
      transition.to === "PUBLISHED" ? (state.publishedAt ?? now) : state.publishedAt;
    const scheduledAt =
      transition.to === "PUBLISHED" || transition.to === "DRAFT" ? null : state.scheduledAt;
    const written = await tx.article.updateMany({
      where: { id: state.id, version: state.version },
      data: {
        status: transition.to,
        publishedAt,
        scheduledAt,
        version,
        updatedById: staff.id,
      },
    });
    if (written.count === 0) {
      const latest = await loadArticleState(tx, state.id);
      return latest ? conflict(latest) : notFound("This article");
    }
    // Tag and author pages read these mirrors; only a published article has one.
    const mirror = transition.to === "PUBLISHED" ? publishedAt : null;
    await tx.articleAuthor.updateMany({
      where: { articleId: state.id },
      data: { publishedAt: mirror },
    });
    await tx.articleTag.updateMany({
      where: { articleId: state.id },
      data: { publishedAt: mirror },
    });
    if (transition.to === "PUBLISHED") {
      await recordRevision(tx, staff, state.id, version, "PUBLISH", fieldsOf(state));
    }
    await writeAudit(tx, staff, transition.audit, state.id, {
      from: state.status,
      to: transition.to,
      version,
    });
    if (state.status === "PUBLISHED" || transition.to === "PUBLISHED") changed = state;
    return ok({
      id: state.id,
      version,
      status: transition.to,
      publishedAt: publishedAt?.toISOString() ?? null,
      scheduledAt: scheduledAt?.toISOString() ?? null,
    });
  });
  if (result.ok && changed) refreshArticlePages({ id: input.id, ...placesOf(changed) });
  return result;
}

/** What must be there before anything goes public, keyed by field. */
function publishProblems(state: ArticleState): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!state.title.trim()) problems.title = "Add a headline before publishing.";
  if (state.type !== "PAGE" && state.authors.length === 0) {
    problems.authorIds = "Add at least one byline before publishing.";
  }
  return problems;
}
