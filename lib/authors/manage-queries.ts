import "server-only";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import type {
  LinkedAccountDto,
  ManagedAuthorDto,
  ManagedAuthorDetailDto,
  StaffAccountOptionDto,
} from "./dto";

/** Reads for the staff area's author screens; uncached so a save shows at once. */

export const AUTHORS_PAGE_SIZE = 50;

const select = {
  id: true,
  slug: true,
  name: true,
  jobTitle: true,
  staffUser: { select: { id: true, name: true, email: true, active: true } },
  _count: { select: { articles: true } },
} as const;

type Row = Omit<ManagedAuthorDto, "account" | "bylineCount"> & {
  staffUser: LinkedAccountDto | null;
  _count: { articles: number };
};

const toDto = ({ staffUser, _count, ...row }: Row): ManagedAuthorDto => ({
  ...row,
  account: staffUser,
  bylineCount: _count.articles,
});

export async function listAuthorsForManage(options: {
  query: string;
  page: number;
}): Promise<{ authors: ManagedAuthorDto[]; total: number; page: number; pageCount: number }> {
  const query = options.query.trim();
  const where = query
    ? {
        OR: [
          { name: { contains: query, mode: "insensitive" as const } },
          { slug: { contains: query.toLowerCase() } },
          { jobTitle: { contains: query, mode: "insensitive" as const } },
        ],
      }
    : {};
  const total = await db.author.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, AUTHORS_PAGE_SIZE, options.page);
  const rows = await db.author.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take,
    select,
  });
  return { authors: rows.map(toDto), total, page, pageCount };
}

export async function getAuthorForManage(id: string): Promise<ManagedAuthorDetailDto | null> {
  const row = await db.author.findUnique({
    where: { id },
    select: { ...select, bio: true, links: true },
  });
  if (!row) return null;
  const { bio, links, ...rest } = row;
  return { ...toDto(rest), bio, links: editableLinks(links) };
}

/**
 * Every stored link that has the right shape, valid or not: the public page
 * drops a bad one, but the form must show it so that it can be fixed rather
 * than silently lost on the next save.
 */
function editableLinks(value: unknown): { kind: string; url: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== "object") return [];
    const { kind, url } = item as Record<string, unknown>;
    return typeof kind === "string" && typeof url === "string" ? [{ kind, url }] : [];
  });
}

/** Staff accounts a byline may be linked to, for the author form's picker. */
export async function listStaffAccountsForByline(): Promise<StaffAccountOptionDto[]> {
  const rows = await db.staffUser.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      author: { select: { id: true, name: true } },
    },
  });
  return rows.map(({ author, ...account }) => ({
    ...account,
    authorId: author?.id ?? null,
    authorName: author?.name ?? null,
  }));
}
