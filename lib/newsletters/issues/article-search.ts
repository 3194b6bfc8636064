import "server-only";
import { publicStoryFilter } from "@/lib/articles/rules";
import type { Staff } from "@/lib/auth/session";
import { ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import type { IssueArticleChoice } from "./dto";

const select = {
  id: true,
  title: true,
  publishedAt: true,
  section: { select: { name: true } },
} as const;

const toChoice = (row: {
  id: string;
  title: string;
  publishedAt: Date | null;
  section: { name: string } | null;
}): IssueArticleChoice => ({
  id: row.id,
  title: row.title,
  section: row.section?.name ?? "",
  publishedAt: row.publishedAt,
});

/**
 * Published stories whose headline matches, newest first; an empty query
 * lists the latest (what an issue most often carries).
 */
export async function searchIssueArticles(
  staff: Staff,
  input: { query: string },
): Promise<ActionResult<IssueArticleChoice[]>> {
  const query = input.query.trim();
  const rows = await db.article.findMany({
    where: {
      ...publicStoryFilter(),
      ...(query ? { title: { contains: query, mode: "insensitive" as const } } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 12,
    select,
  });
  return ok(rows.map(toChoice));
}

/** The chosen articles in the issue's order (unpublished ones flagged by their absence). */
export async function issueArticleChoices(ids: string[]): Promise<IssueArticleChoice[]> {
  if (!ids.length) return [];
  const rows = await db.article.findMany({
    where: { id: { in: ids }, ...publicStoryFilter() },
    select,
  });
  const byId = new Map(rows.map((row) => [row.id, toChoice(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
