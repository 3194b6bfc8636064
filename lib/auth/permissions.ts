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
  /** Write and edit live blog updates; `own` is the update's writer. */
  "live.write",
  /** Post or schedule an update on a live blog (drafts need only live.write). */
  "live.post",
  "live.deleteUpdate",
  "live.pin",
  /** A live blog's key developments and its live or ended state. */
  "live.manage",
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
  /** See, search and count members and their revenue. */
  "member.read",
  /** Take the member list out as CSV. */
  "member.export",
  /** The membership page's words, its FAQs and the support box after stories. */
  "membership.copy",
  /** Membership tiers, amounts, donations and members' perks. */
  "membership.manage",
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

/**
 * A rule about articles, as data rather than code, so that the same rule
 * both answers "may I?" for one article and becomes the query filter for
 * "which ones may I?" (lib/articles/ownership.ts): `own` limits it to the
 * staff member's own work, `statuses` to articles in those statuses.
 */
export interface ArticleRule {
  own?: true;
  statuses?: readonly ArticleStatus[];
}
type Rule = true | ArticleRule;

const ownDraft: ArticleRule = { own: true, statuses: ["DRAFT"] };
const own: ArticleRule = { own: true };
const unpublished: ArticleRule = {
  statuses: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"],
};

const TABLE: Record<Role, Partial<Record<Permission, Rule>>> = {
  CONTRIBUTOR: {
    "editor.enter": true,
    "article.create": true,
    "article.edit": ownDraft,
    "article.submit": ownDraft,
    "article.preview": own,
    // Drafts of updates for an editor to post, like their drafts of stories.
    "live.write": ownDraft,
    "live.deleteUpdate": ownDraft,
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
    "narration.manage": { own: true, statuses: ["PUBLISHED"] },
    // Any reporter posts to a live page; their own updates are theirs to change.
    "live.write": own,
    "live.post": own,
    "live.deleteUpdate": own,
    // The reporters on its byline keep their live page's summary and state.
    "live.manage": own,
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
    "article.delete": unpublished,
    "page.manage": true,
    "live.write": true,
    "live.post": true,
    "live.deleteUpdate": true,
    "live.pin": true,
    "live.manage": true,
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
    // Who supports the newsroom and what the ask says; prices and perks are the admins'.
    "member.read": true,
    "member.export": true,
    "membership.copy": true,
  },
  ADMIN: {},
};

function ruleOf(role: Role, permission: Permission): Rule | undefined {
  // Admins may do everything an editor may, and run the site.
  return role === "ADMIN" ? (TABLE.EDITOR[permission] ?? true) : TABLE[role][permission];
}

function ruleAllows(rule: ArticleRule, article: ArticleContext): boolean {
  return (!rule.own || article.own) && (!rule.statuses || rule.statuses.includes(article.status));
}

export function can(role: Role, permission: Permission, article?: ArticleContext): boolean {
  const rule = ruleOf(role, permission);
  if (rule === undefined) return false;
  if (rule === true) return true;
  // A rule about an article cannot be granted without knowing the article.
  return article ? ruleAllows(rule, article) : false;
}

/**
 * Whether the role holds the permission at all, for some articles at least:
 * what a server action's declaration checks before anything else
 * (lib/auth/staff-action.ts). The command then checks the article itself.
 */
export function holds(role: Role, permission: Permission): boolean {
  return ruleOf(role, permission) !== undefined;
}

/**
 * Which articles the permission covers for this role: all of them, none,
 * or those matching the rule (the role's own work, certain statuses).
 */
export function articleScope(role: Role, permission: Permission): "all" | "none" | ArticleRule {
  const rule = ruleOf(role, permission);
  if (rule === undefined) return "none";
  return rule === true ? "all" : rule;
}

/** How a refusal names what was not allowed: "You do not have permission to …". */
export const PERMISSION_LABELS: Record<Permission, string> = {
  "editor.enter": "use the newsroom's editor",
  "article.create": "start articles",
  "article.edit": "edit this article",
  "article.submit": "submit this article for review",
  "article.publish": "publish this article",
  "article.unpublish": "take this article down",
  "article.schedule": "schedule this article",
  "article.returnToDraft": "return this article to draft",
  "article.setTags": "change this article's tags",
  "article.setBylines": "change this article's bylines",
  "article.setFlags": "feature this article or make it an editors' pick",
  "article.delete": "delete this article",
  "article.preview": "preview this article",
  "article.correct": "add corrections to this article",
  "article.removeCorrection": "remove a correction",
  "article.overrideChecklist": "publish past the checklist",
  "page.manage": "manage pages",
  "live.write": "write this update",
  "live.post": "post this update",
  "live.deleteUpdate": "delete this update",
  "live.pin": "pin updates",
  "live.manage": "change this live page's key developments or state",
  "media.upload": "upload images",
  "media.edit": "edit the media library",
  "media.delete": "delete images",
  "section.manage": "manage sections",
  "tag.manage": "manage tags",
  "author.manage": "manage authors",
  "comment.moderate": "moderate comments",
  "newsletter.manage": "manage newsletters",
  "newsletter.send": "write and send newsletter issues",
  "subscriber.manage": "manage newsletter subscribers",
  "outbox.read": "work with the outbox",
  "narration.manage": "manage this article's narration",
  "member.read": "see the members",
  "member.export": "export the members",
  "membership.copy": "change the membership page and the support box",
  "membership.manage": "change membership tiers, amounts and perks",
  "staff.manage": "manage staff accounts",
  "settings.manage": "change the site settings",
  "audit.read": "read the audit log",
};
