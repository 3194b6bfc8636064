/**
 * The line under "Comments" and the note where the list would be. The
 * count is of published comments (the shared page's); a reader whose own
 * comments wait for a moderator sees those apart, so "be the first" would
 * be wrong for them.
 */
export function commentsSummary(input: {
  published: number;
  ownHeld: number;
  mode: "OPEN" | "CLOSED";
}): { total: string; empty: string | null } {
  const { published, ownHeld, mode } = input;
  if (published > 0) {
    return {
      total: `${published.toLocaleString("en")} ${published === 1 ? "comment" : "comments"}`,
      empty: null,
    };
  }
  if (ownHeld > 0) return { total: "No published comments yet", empty: null };
  return { total: "No comments yet", empty: mode === "OPEN" ? "Be the first to comment." : null };
}
