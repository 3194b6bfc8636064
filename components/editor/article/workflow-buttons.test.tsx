import { describe, expect, it } from "vitest";
import type { ArticlePermissionName } from "@/lib/articles/editing/dto";
import { workflowButtons } from "./workflow-buttons";

const none: Record<ArticlePermissionName, boolean> = {
  "article.edit": false,
  "article.submit": false,
  "article.publish": false,
  "article.unpublish": false,
  "article.returnToDraft": false,
  "article.schedule": false,
  "article.overrideChecklist": false,
  "article.setTags": false,
  "article.setFlags": false,
  "article.preview": false,
  "media.upload": false,
  "page.manage": false,
};
const editor = Object.fromEntries(Object.keys(none).map((k) => [k, true])) as typeof none;
const contributor = {
  ...none,
  "article.edit": true,
  "article.submit": true,
  "article.preview": true,
};

const names = (...args: Parameters<typeof workflowButtons>) =>
  workflowButtons(...args).map((b) => b.name);

describe("workflowButtons", () => {
  it("gives a contributor's draft only Submit for review, as the main action", () => {
    expect(names("DRAFT", contributor)).toEqual(["submit"]);
    expect(workflowButtons("DRAFT", contributor)[0]!.tone).toBe("accent");
    expect(names("IN_REVIEW", { ...none, "article.preview": true })).toEqual([]);
  });

  it("gives an editor the moves that fit the status", () => {
    expect(names("DRAFT", editor)).toEqual(["submit", "publish"]);
    expect(names("IN_REVIEW", editor)).toEqual(["returnToDraft", "publish"]);
    expect(names("PUBLISHED", editor)).toEqual(["returnToDraft", "unpublish"]);
    expect(names("UNPUBLISHED", editor)).toEqual(["returnToDraft", "publish"]);
  });

  it("says Publish now and Unschedule for a scheduled article", () => {
    const buttons = workflowButtons("SCHEDULED", editor);
    expect(buttons.map((b) => b.label)).toEqual(["Unschedule", "Publish now"]);
  });

  it("marks Publish as blocked while the checklist fails, and nothing else", () => {
    const buttons = workflowButtons("DRAFT", editor, "2 checklist items need attention.");
    expect(buttons.map((b) => [b.name, b.blocked ?? null])).toEqual([
      ["submit", null],
      ["publish", "2 checklist items need attention."],
    ]);
    expect(workflowButtons("DRAFT", editor).every((b) => !b.blocked)).toBe(true);
  });

  it("asks before taking a published article off the site", () => {
    const published = workflowButtons("PUBLISHED", editor);
    expect(published.every((b) => b.confirm)).toBe(true);
    expect(workflowButtons("IN_REVIEW", editor).every((b) => !b.confirm)).toBe(true);
  });
});
