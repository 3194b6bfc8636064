/**
 * Who may do what: the one permission table of the newsroom. Pages, server
 * actions and route handlers all ask `can()`; nothing decides access on its
 * own. Pure, so the whole matrix is cheap to test.
 */
export const ROLES = ["CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "editor.enter",
  "article.create",
  "article.edit",
  "article.submit",
  "article.publish",
  "article.unpublish",
  "article.schedule",
  "article.returnToDraft",
  "article.setTags",
  "article.setBylines",
  "article.setFlags",
  "article.delete",
  "article.preview",
  "article.correct",
  /** Take a published correction, clarification or update off the article. */
  "article.removeCorrection",
  /** Publish or schedule despite a failing pre-publish checklist, with a reason. */
  "article.overrideChecklist",
  "page.manage",
  "media.upload",
  "media.edit",
  "media.delete",
  "section.manage",
  "tag.manage",
  "author.manage",
  "comment.moderate",
  "newsletter.manage",
  "newsletter.send",
  /** See, search, export and import newsletter subscribers. */
  "subscriber.manage",
  "outbox.read",
  /** Regenerate or remove an article's audio narration. */
  "narration.manage",
  "staff.manage",
  "settings.manage",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";

/** What is known about the article an action touches, when it touches one. */
export interface ArticleContext {
  /** The acting staff member is one of its bylines or created it. */
  own: boolean;
  status: ArticleStatus;
}

type Rule = boolean | ((article: ArticleContext) => boolean);

const ownDraft = (a: ArticleContext) => a.own && a.status === "DRAFT";
const own = (a: ArticleContext) => a.own;

/**
 * Contributor: writes and revises their own drafts and submits them; cannot
 * publish, change status, schedule or touch tags. Author: also publishes,
 * schedules and unpublishes their own work. Editor: every article, and the
 * sections, tags, bylines, comments and newsletters. Admin: everything,
 * including staff accounts and settings, and publishing past the pre-publish
 * checklist (no other role has `article.overrideChecklist`).
 */
const TABLE: Record<Role, Partial<Record<Permission, Rule>>> = {
  CONTRIBUTOR: {
    "editor.enter": true,
    "article.create": true,
    "article.edit": ownDraft,
    "article.submit": ownDraft,
    "article.preview": own,
    "media.upload": true,
  },
  AUTHOR: {
    "editor.enter": true,
    "article.create": true,
    "article.edit": own,
    "article.submit": own,
    "article.publish": own,
    "article.unpublish": own,
    "article.schedule": own,
    "article.returnToDraft": own,
    "article.setTags": own,
    "article.preview": own,
    "article.correct": own,
    "article.delete": ownDraft,
    // Their own story's audio, once readers can hear it.
    "narration.manage": (a) => a.own && a.status === "PUBLISHED",
    "media.upload": true,
    "media.edit": true,
  },
  EDITOR: {
    "editor.enter": true,
    "article.create": true,
    "article.edit": true,
    "article.submit": true,
    "article.publish": true,
    "article.unpublish": true,
    "article.schedule": true,
    "article.returnToDraft": true,
    "article.setTags": true,
    "article.setBylines": true,
    "article.setFlags": true,
    "article.preview": true,
    "article.correct": true,
    // A note readers have seen is part of the record: only editors remove one.
    "article.removeCorrection": true,
    "article.delete": (a) => a.status !== "PUBLISHED",
    "page.manage": true,
    "media.upload": true,
    "media.edit": true,
    "media.delete": true,
    "section.manage": true,
    "tag.manage": true,
    "author.manage": true,
    "comment.moderate": true,
    "newsletter.manage": true,
    "newsletter.send": true,
    "subscriber.manage": true,
    "outbox.read": true,
    "narration.manage": true,
  },
  ADMIN: {},
};

export function can(role: Role, permission: Permission, article?: ArticleContext): boolean {
  // Admins may do everything an editor may, and run the site.
  const rule = role === "ADMIN" ? (TABLE.EDITOR[permission] ?? true) : TABLE[role][permission];
  if (rule === undefined || rule === false) return false;
  if (rule === true) return true;
  // A rule about an article cannot be granted without knowing the article.
  return article ? rule(article) : false;
}
