import { describe, expect, it } from "vitest";
import { commentsSummary } from "./comments-summary";

describe("the comments summary", () => {
  it("invites the first comment only when nothing, not even the reader's own, is waiting", () => {
    expect(commentsSummary({ published: 0, ownHeld: 0, mode: "OPEN" })).toEqual({
      total: "No comments yet",
      empty: "Be the first to comment.",
    });
    expect(commentsSummary({ published: 0, ownHeld: 0, mode: "CLOSED" }).empty).toBeNull();
  });

  it("does not tell a reader whose comment waits for a moderator to be the first", () => {
    const summary = commentsSummary({ published: 0, ownHeld: 1, mode: "OPEN" });
    expect(summary.empty).toBeNull();
    expect(summary.total).not.toMatch(/No comments/);
  });

  it("counts published comments", () => {
    expect(commentsSummary({ published: 1, ownHeld: 2, mode: "OPEN" })).toEqual({
      total: "1 comment",
      empty: null,
    });
    expect(commentsSummary({ published: 1200, ownHeld: 0, mode: "OPEN" }).total).toBe(
      "1,200 comments",
    );
  });
});
