import "server-only";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { invalidate } from "@/lib/cache/invalidate";
import { articleChangeTags } from "@/lib/cache/tags";
import { conflict } from "./commands";
import { writeStatusChange, type StatusWritten } from "./publication";
import { checkReadiness, type ChecklistOverride } from "./readiness";
import { correctionPermissions } from "../corrections/editor-notes";
import type { ArticleConflict, Transitioned } from "./dto";
import { allowedFor, contextFor, loadArticleState, placesOf, type ArticleState } from "./state";

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
 * A publish must pass the pre-publish checklist, or come from an admin with
 * `overrideReason`, which the audit row keeps.
 */
export async function transitionArticle(
  name: TransitionName,
  staff: Staff,
  input: { id: string; version: number; overrideReason?: string },
): Promise<TransitionResult> {
  const transition: Transition = TRANSITIONS[name];
  const result = await db.$transaction(async (tx): Promise<TransitionResult> => {
    const state = await loadArticleState(tx, input.id);
    if (!state) return notFound("This article");
    if (!can(staff.role, transition.permission, contextFor(staff, state)))
      return denied(transition.what);
    if (state.version !== input.version) return conflict(state);
    if (!transition.from.includes(state.status)) return invalid({}, transition.wrongStatus);
    let override: ChecklistOverride | null = null;
    if (transition.to === "PUBLISHED") {
      const ready = await checkReadiness(tx, state, staff, input.overrideReason);
      if (!ready.ok) return ready;
      override = ready.override;
    }

    const written = await writeStatusChange(tx, state, {
      to: transition.to,
      actor: staff,
      audit: transition.audit,
      auditData: override ? { override: { ...override } } : undefined,
      now: new Date(),
    });
    if (!written) {
      const latest = await loadArticleState(tx, state.id);
      return latest ? conflict(latest) : notFound("This article");
    }
    // Only a move to or from published changes what readers see; a first
    // publish may also have moved the slug onto the headline.
    if (state.status === "PUBLISHED" || transition.to === "PUBLISHED") {
      const places = placesOf(state);
      await invalidate(
        tx,
        articleChangeTags({ id: state.id, ...places, slugs: [...places.slugs, written.slug] }),
      );
    }
    return ok(transitioned(staff, state, written));
  });
  return result;
}

/** What the editor needs to know after a move. */
export function transitioned(
  staff: Staff,
  before: ArticleState,
  written: StatusWritten,
): Transitioned {
  const context = { ...contextFor(staff, before), status: written.status };
  return {
    id: before.id,
    version: written.version,
    status: written.status,
    slug: written.slug,
    publishedAt: written.publishedAt?.toISOString() ?? null,
    scheduledAt: written.scheduledAt?.toISOString() ?? null,
    unpublishAt: written.unpublishAt?.toISOString() ?? null,
    allowed: allowedFor(staff, context),
    corrections: correctionPermissions(staff.role, context),
  };
}
