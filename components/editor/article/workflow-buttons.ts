import type { ArticlePermissionName } from "@/lib/articles/editing/dto";
import type { ArticleStatus } from "./article-labels";

export type TransitionName = "submit" | "publish" | "unpublish" | "returnToDraft" | "schedule";

export interface WorkflowButton {
  name: TransitionName;
  label: string;
  /** Shown while the transition runs. */
  busyLabel: string;
  tone: "accent" | "default" | "danger";
  /** Asked before a transition that takes the article off the site. */
  confirm: { title: string; body: string; action: string } | null;
  /** Said in the live region once it succeeded. */
  done: string;
  /** Why it cannot be used yet (the pre-publish checklist), or null. */
  blocked?: string | null;
}

type Allowed = Record<ArticlePermissionName, boolean>;

const TAKE_DOWN =
  "Readers following a link to it will get a “not found” page until it is published again.";

/**
 * The workflow moves this person may make from this status, in bar order.
 * `blockedBy` says why Publish must wait (components/editor/article/checklist-panel.tsx).
 */
export function workflowButtons(
  status: ArticleStatus,
  allowed: Allowed,
  blockedBy: string | null = null,
): WorkflowButton[] {
  const buttons: WorkflowButton[] = [];
  if (status !== "DRAFT" && allowed["article.returnToDraft"]) {
    buttons.push({
      name: "returnToDraft",
      // Back to draft is how a schedule is called off.
      label: status === "SCHEDULED" ? "Unschedule" : "Move to draft",
      busyLabel: "Moving…",
      tone: "default",
      confirm:
        status === "PUBLISHED"
          ? {
              title: "Move this published article to draft?",
              body: `It will be taken off the site. ${TAKE_DOWN}`,
              action: "Move to draft",
            }
          : null,
      done: status === "SCHEDULED" ? "Unscheduled: it is a draft again." : "Moved to draft.",
    });
  }
  if (status === "PUBLISHED" && allowed["article.unpublish"]) {
    buttons.push({
      name: "unpublish",
      label: "Unpublish",
      busyLabel: "Unpublishing…",
      tone: "danger",
      confirm: {
        title: "Unpublish this article?",
        body: `It will be taken off the site, the home page and every list. ${TAKE_DOWN}`,
        action: "Unpublish",
      },
      done: "Unpublished: the article is no longer on the site.",
    });
  }
  if (status === "DRAFT" && allowed["article.submit"]) {
    buttons.push({
      name: "submit",
      label: "Submit for review",
      busyLabel: "Submitting…",
      tone: allowed["article.publish"] ? "default" : "accent",
      confirm: null,
      done: "Submitted for review.",
    });
  }
  if (status !== "PUBLISHED" && allowed["article.publish"]) {
    buttons.push({
      name: "publish",
      // A scheduled article would go out later on its own; this is "now".
      label: status === "SCHEDULED" ? "Publish now" : "Publish",
      busyLabel: "Publishing…",
      tone: "accent",
      confirm: null,
      done: "Published.",
      blocked: blockedBy,
    });
  }
  return buttons;
}
