import { describe, expect, it } from "vitest";
import {
  can,
  PERMISSIONS,
  ROLES,
  type ArticleContext,
  type Permission,
  type Role,
} from "./permissions";

const mine = (status: ArticleContext["status"]): ArticleContext => ({ own: true, status });
const theirs = (status: ArticleContext["status"]): ArticleContext => ({ own: false, status });

describe("permission table", () => {
  it("lets contributors write and submit their own drafts, and nothing more", () => {
    expect(can("CONTRIBUTOR", "article.create")).toBe(true);
    expect(can("CONTRIBUTOR", "article.edit", mine("DRAFT"))).toBe(true);
    expect(can("CONTRIBUTOR", "article.submit", mine("DRAFT"))).toBe(true);
    expect(can("CONTRIBUTOR", "article.edit", mine("IN_REVIEW"))).toBe(false);
    expect(can("CONTRIBUTOR", "article.edit", theirs("DRAFT"))).toBe(false);
    for (const permission of [
      "article.publish",
      "article.unpublish",
      "article.schedule",
      "article.returnToDraft",
      "article.setTags",
      "article.setFlags",
      "article.delete",
      "page.manage",
    ] as const) {
      expect(can("CONTRIBUTOR", permission, mine("DRAFT")), permission).toBe(false);
    }
  });

  it("lets authors publish their own work but not anyone else's", () => {
    expect(can("AUTHOR", "article.publish", mine("DRAFT"))).toBe(true);
    expect(can("AUTHOR", "article.schedule", mine("DRAFT"))).toBe(true);
    expect(can("AUTHOR", "article.publish", theirs("DRAFT"))).toBe(false);
    expect(can("AUTHOR", "article.edit", theirs("PUBLISHED"))).toBe(false);
    expect(can("AUTHOR", "article.setFlags", mine("DRAFT"))).toBe(false);
    expect(can("AUTHOR", "section.manage")).toBe(false);
  });

  it("shows members to editors and admins, and leaves prices and perks to admins", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      expect(can(role, "member.read")).toBe(true);
      expect(can(role, "member.export")).toBe(true);
      expect(can(role, "membership.copy")).toBe(true);
    }
    expect(can("EDITOR", "membership.manage")).toBe(false);
    expect(can("ADMIN", "membership.manage")).toBe(true);
    for (const role of ["CONTRIBUTOR", "AUTHOR"] as const) {
      for (const permission of [
        "member.read",
        "member.export",
        "membership.copy",
        "membership.manage",
      ] as const) {
        expect(can(role, permission), `${role} ${permission}`).toBe(false);
      }
    }
  });

  it("lets editors handle every article and the newsroom's lists, but not staff or settings", () => {
    expect(can("EDITOR", "article.publish", theirs("IN_REVIEW"))).toBe(true);
    expect(can("EDITOR", "comment.moderate")).toBe(true);
    expect(can("EDITOR", "newsletter.send")).toBe(true);
    expect(can("EDITOR", "subscriber.manage")).toBe(true);
    expect(can("AUTHOR", "subscriber.manage")).toBe(false);
    // The outbox holds readers' addresses and personal links.
    expect(can("EDITOR", "outbox.read")).toBe(true);
    expect(can("ADMIN", "outbox.read")).toBe(true);
    expect(can("AUTHOR", "outbox.read")).toBe(false);
    expect(can("CONTRIBUTOR", "outbox.read")).toBe(false);
    expect(can("EDITOR", "article.delete", theirs("PUBLISHED"))).toBe(false);
    expect(can("EDITOR", "staff.manage")).toBe(false);
    expect(can("EDITOR", "settings.manage")).toBe(false);
  });

  it("lets admins do everything editors can, plus staff and settings", () => {
    for (const permission of PERMISSIONS) {
      if (can("EDITOR", permission, theirs("DRAFT"))) {
        expect(can("ADMIN", permission, theirs("DRAFT")), permission).toBe(true);
      }
    }
    expect(can("ADMIN", "staff.manage")).toBe(true);
    expect(can("ADMIN", "settings.manage")).toBe(true);
  });

  it("lets only admins publish past the pre-publish checklist", () => {
    for (const role of ROLES) {
      for (const context of [mine("DRAFT"), theirs("SCHEDULED"), undefined]) {
        expect(can(role, "article.overrideChecklist", context), role).toBe(role === "ADMIN");
      }
    }
  });

  it("lets editors manage any narration and authors only their own published story's", () => {
    expect(can("EDITOR", "narration.manage", theirs("PUBLISHED"))).toBe(true);
    expect(can("AUTHOR", "narration.manage", mine("PUBLISHED"))).toBe(true);
    expect(can("AUTHOR", "narration.manage", mine("DRAFT"))).toBe(false);
    expect(can("AUTHOR", "narration.manage", theirs("PUBLISHED"))).toBe(false);
    expect(can("CONTRIBUTOR", "narration.manage", mine("PUBLISHED"))).toBe(false);
  });

  it("never grants an article rule without the article", () => {
    expect(can("AUTHOR", "article.publish")).toBe(false);
    expect(can("CONTRIBUTOR", "article.edit")).toBe(false);
  });

  it("grants more to each higher role, never less", () => {
    const contexts = [mine("DRAFT"), mine("PUBLISHED"), theirs("DRAFT"), theirs("IN_REVIEW")];
    const order: Role[] = [...ROLES];
    for (let i = 1; i < order.length; i++) {
      for (const permission of PERMISSIONS as readonly Permission[]) {
        for (const context of contexts) {
          if (can(order[i - 1]!, permission, context)) {
            expect(can(order[i]!, permission, context), `${order[i]} ${permission}`).toBe(true);
          }
        }
      }
    }
  });
});
