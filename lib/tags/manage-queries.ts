import "server-only";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import type { ManagedTagDto } from "./dto";

/** Reads for the staff area's tag screens; uncached so a save shows at once. */

export const TAGS_PAGE_SIZE = 50;

const select = {
  id: true,
  slug: true,
  name: true,
  description: true,
  _count: { select: { articles: true } },
} as const;

const toDto = ({
  _count,
  ...row
}: { _count: { articles: number } } & Omit<ManagedTagDto, "articleCount">) => ({
  ...row,
  articleCount: _count.articles,
});

/** One page of tags, alphabetically, optionally filtered by name or slug. */
export async function listTagsForManage(options: {
  query: string;
  page: number;
}): Promise<{ tags: ManagedTagDto[]; total: number; page: number; pageCount: number }> {
  const query = options.query.trim();
  const where = query
    ? {
        OR: [
          { name: { contains: query, mode: "insensitive" as const } },
          { slug: { contains: query.toLowerCase() } },
        ],
      }
    : {};
  const total = await db.tag.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, TAGS_PAGE_SIZE, options.page);
  const rows = await db.tag.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take,
    select,
  });
  return { tags: rows.map(toDto), total, page, pageCount };
}

export async function getTagForManage(id: string): Promise<ManagedTagDto | null> {
  const row = await db.tag.findUnique({ where: { id }, select });
  return row ? toDto(row) : null;
}
