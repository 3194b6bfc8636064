import { COMMENTS_TEXT, type CommentsText } from "./comments-text";

/**
 * The line under "Comments" and the note where the list would be. The
 * count is of published comments (the shared page's); a reader whose own
 * comments wait for a moderator sees those apart, so "be the first" would
 * be wrong for them.
 */
export function commentsSummary(
  input: { published: number; ownHeld: number; mode: "OPEN" | "CLOSED" },
  text: CommentsText = COMMENTS_TEXT.en,
): { total: string; empty: string | null } {
  const { published, ownHeld, mode } = input;
  if (published > 0) return { total: text.total(published), empty: null };
  if (ownHeld > 0) return { total: text.noPublished, empty: null };
  return { total: text.none, empty: mode === "OPEN" ? text.beFirst : null };
}
