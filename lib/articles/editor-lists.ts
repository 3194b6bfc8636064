import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ArticleStatus } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { startOfDayInZone } from "@/lib/dates/format";
import { db } from "@/lib/db";
import { getHeldReasons } from "@/lib/scheduling/held";
import { getSiteSettings } from "@/lib/site/settings";
import { searchQuerySql } from "@/lib/search/query-sql";
import { MAX_EDITOR_PAGE, NO_SECTION, type EditorListFilters } from "./editor-list-params";
import { editorVisibilityFilter, ownArticleFilter } from "./ownership";
import type {
  EditorArticleItem,
  DashboardPanel,
  EditorDashboard,
  EditorArticlePage,
  EditorListOptions,
} from "./dto";

/**
 * The staff area's article lists: the dashboard panels and the filtered,
 * searchable table. Every read is narrowed by `editorVisibilityFilter`, so a
 * contributor's lists hold only their own work whatever the filters say.
 */

export const DASHBOARD_PANEL_SIZE = 10;
export const EDITOR_PAGE_SIZE = 25;
/**
 * Counting stops where paging does: a common word can match most of a large
 * archive, and counting every match costs more than "more than 5,000" tells.
 */
const COUNT_CAP = MAX_EDITOR_PAGE * EDITOR_PAGE_SIZE;

const itemSelect = {
  id: true,
  slug: true,
  title: true,
  type: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
  updatedBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

type ItemRow = Prisma.ArticleGetPayload<{ select: typeof itemSelect }>;

function toItem(row: ItemRow, now: Date): EditorArticleItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    type: row.type,
    status: row.status,
    section: row.section,
    authors: row.authors.map((a) => a.author.name),
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    overdue: isOverdue(row, now),
  };
}

/** A scheduled article whose time has come is late: the scheduler missed it. */
export function isOverdue(
  article: { status: ArticleStatus; scheduledAt: Date | null },
  now: Date,
): boolean {
  return (
    article.status === "SCHEDULED" && article.scheduledAt !== null && article.scheduledAt <= now
  );
}

/** Whether the staff member's lists hold everyone's work, not only their own. */
export function seesEveryArticle(staff: Staff): boolean {
  return isUnrestricted(editorVisibilityFilter(staff));
}

/** An empty Prisma filter narrows nothing. */
function isUnrestricted(filter: Prisma.ArticleWhereInput): boolean {
  return Object.keys(filter).length === 0;
}

/** The four panels of the staff dashboard, each narrowed to what `staff` may see. */
export async function getDashboard(staff: Staff, now: Date): Promise<EditorDashboard> {
  const visible = editorVisibilityFilter(staff);
  const withStatus = (status: ArticleStatus): Prisma.ArticleWhereInput => ({
    AND: [visible, { status }],
  });
  const myDrafts: Prisma.ArticleWhereInput = {
    AND: [visible, ownArticleFilter(staff), { status: "DRAFT" }],
  };
  const inReview = withStatus("IN_REVIEW");
  const scheduled = withStatus("SCHEDULED");
  const publishedStories: Prisma.ArticleWhereInput = {
    AND: [visible, { status: "PUBLISHED" }, { type: { not: "PAGE" } }],
  };

  const panel = async (
    where: Prisma.ArticleWhereInput,
    orderBy: Prisma.ArticleOrderByWithRelationInput[],
  ): Promise<DashboardPanel> => {
    const [rows, total] = await Promise.all([
      db.article.findMany({ where, orderBy, take: DASHBOARD_PANEL_SIZE, select: itemSelect }),
      db.article.count({ where }),
    ]);
    return { items: rows.map((row) => toItem(row, now)), total };
  };
  const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [
    { updatedAt: "desc" },
    { id: "desc" },
  ];

  const [draftPanel, reviewPanel, scheduledPanel, publishedPanel, overdue] = await Promise.all([
    panel(myDrafts, newestFirst),
    panel(inReview, newestFirst),
    panel(scheduled, [{ scheduledAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]),
    // Plain DESC (published rows always have the time) reads the
    // (status, publishedAt DESC) index instead of sorting every published row.
    panel(publishedStories, [{ publishedAt: "desc" }, { id: "desc" }]),
    db.article.count({ where: { AND: [scheduled, { scheduledAt: { lte: now } }] } }),
  ]);
  const held = await getHeldReasons(
    scheduledPanel.items.filter((item) => item.overdue).map((item) => item.id),
  );
  const scheduledItems = scheduledPanel.items.map((item) => {
    const reason = held.get(item.id);
    return reason ? { ...item, heldBecause: reason.problems } : item;
  });
  return {
    myDrafts: draftPanel,
    inReview: reviewPanel,
    scheduled: { ...scheduledPanel, items: scheduledItems, overdue },
    recentlyPublished: publishedPanel,
  };
}

/**
 * One page of the article table, most recently updated first.
 *
 * Full-text search needs the stored `searchVector`, which Prisma cannot
 * query, so the page's ids and the total come from one SQL query holding
 * every filter, and the rows are then loaded through Prisma. Who may see
 * what stays a Prisma filter from ownership.ts: it is resolved to the ids it
 * allows (bounded by what one person wrote; nothing for editors, who see
 * all) and applied again when loading the rows, so a mistake in the SQL can
 * hide an article but never show one.
 */
export async function listEditorArticles(
  staff: Staff,
  filters: EditorListFilters,
  options: { timeZone?: string; now?: Date } = {},
): Promise<EditorArticlePage> {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? (await getSiteSettings()).timezone;
  const visible = editorVisibilityFilter(staff);
  const empty = { items: [], total: 0, totalIsCapped: false, page: filters.page, pageCount: 0 };

  const scopes = [visible, ...(filters.mine ? [ownArticleFilter(staff)] : [])].filter(
    (scope) => !isUnrestricted(scope),
  );
  const scopeIds = scopes.length
    ? (await db.article.findMany({ where: { AND: scopes }, select: { id: true } })).map((r) => r.id)
    : null;
  if (scopeIds?.length === 0) return empty;

  const conditions = await listConditions(filters, scopeIds, timeZone);
  if (!conditions) return empty;
  const where = Prisma.join(conditions, " AND ");
  const offset = (filters.page - 1) * EDITOR_PAGE_SIZE;

  const [idRows, countRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM "Article" a
      WHERE ${where}
      ORDER BY a."updatedAt" DESC, a."id" DESC
      LIMIT ${EDITOR_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint | number }[]>`
      SELECT count(*) AS total FROM (
        SELECT 1 FROM "Article" a WHERE ${where} LIMIT ${COUNT_CAP + 1}
      ) capped`,
  ]);
  const counted = Number(countRows[0]?.total ?? 0);
  const total = Math.min(counted, COUNT_CAP);
  const counts = {
    total,
    totalIsCapped: counted > COUNT_CAP,
    pageCount: Math.ceil(total / EDITOR_PAGE_SIZE),
  };
  if (!idRows.length) return { ...empty, ...counts };

  const rows = await db.article.findMany({
    where: { AND: [visible, { id: { in: idRows.map((r) => r.id) } }] },
    select: itemSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toItem(row, now)]));
  return { items: idRows.flatMap((r) => byId.get(r.id) ?? []), page: filters.page, ...counts };
}

/** The filters as SQL conditions, or null when one of them can match nothing. */
async function listConditions(
  filters: EditorListFilters,
  scopeIds: string[] | null,
  timeZone: string,
): Promise<Prisma.Sql[] | null> {
  const conditions = [Prisma.sql`TRUE`];
  if (scopeIds) conditions.push(Prisma.sql`a."id" = ANY(${scopeIds}::text[])`);
  if (filters.q) {
    // Same parser and dictionaries as reader search (lib/search/query-sql.ts),
    // each edition's stories with its own; a query of stop words only parses
    // to nothing and matches nothing.
    conditions.push(
      Prisma.sql`((a."edition" = 'en' AND a."searchVector" @@ ${searchQuerySql("en", filters.q)})
        OR (a."edition" = 'uk' AND a."searchVector" @@ ${searchQuerySql("uk", filters.q)}))`,
    );
  }
  if (filters.edition) conditions.push(Prisma.sql`a."edition" = ${filters.edition}::"Edition"`);
  if (filters.status) conditions.push(Prisma.sql`a."status" = ${filters.status}::"ArticleStatus"`);
  if (filters.type) conditions.push(Prisma.sql`a."type" = ${filters.type}::"ArticleType"`);
  if (filters.section === NO_SECTION) {
    conditions.push(Prisma.sql`a."sectionId" IS NULL`);
  } else if (filters.section) {
    const section = await db.section.findUnique({
      where: { slug: filters.section },
      select: { id: true },
    });
    if (!section) return null;
    conditions.push(Prisma.sql`a."sectionId" = ${section.id}`);
  }
  if (filters.author) {
    const author = await db.author.findUnique({
      where: { slug: filters.author },
      select: { id: true },
    });
    if (!author) return null;
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id" AND aa."authorId" = ${author.id})`,
    );
  }
  const column =
    filters.dateField === "published" ? Prisma.sql`a."publishedAt"` : Prisma.sql`a."updatedAt"`;
  if (filters.from) {
    conditions.push(Prisma.sql`${column} >= ${startOfDayInZone(filters.from, timeZone)}`);
  }
  if (filters.to) {
    conditions.push(Prisma.sql`${column} < ${startOfDayInZone(nextDay(filters.to), timeZone)}`);
  }
  return conditions;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Choices for the table's filters. Bylines are those of articles the staff
 * member may see, so a contributor's menu does not name guest writers of
 * work they cannot open.
 */
export async function getEditorListOptions(staff: Staff): Promise<EditorListOptions> {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true } }),
    db.author.findMany({
      where: { articles: { some: { article: editorVisibilityFilter(staff) } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
  ]);
  return { sections, authors };
}
