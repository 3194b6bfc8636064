import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import { contextFor, loadArticleState, type ArticleState } from "../editing/state";
import {
  REVISION_PAGE_SIZE,
  type RestoreOutcome,
  type RevisionComparison,
  type RevisionPage,
  type RevisionSummary,
} from "./dto";
import { resolveSnapshots } from "./names";
import { diffRevisions } from "./revision-diff";
import { readSnapshot } from "./snapshot";

const summarySelect = {
  id: true,
  version: true,
  kind: true,
  createdAt: true,
  restoredFromVersion: true,
  createdBy: { select: { name: true } },
} as const;

type SummaryRow = {
  id: string;
  version: number;
  kind: RevisionSummary["kind"];
  createdAt: Date;
  restoredFromVersion: number | null;
  createdBy: { name: string } | null;
};

function toSummary(row: SummaryRow, newestVersion: number | null): RevisionSummary {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    by: row.createdBy?.name ?? null,
    restoredFromVersion: row.restoredFromVersion,
    newest: row.version === newestVersion,
  };
}

/**
 * The article, if this person may read its history: those who may edit it
 * or preview it (a contributor sees the history of their own submitted
 * story, but cannot restore it).
 */
async function readableArticle(
  staff: Staff,
  articleId: string,
): Promise<ActionResult<{ state: ArticleState; canRestore: boolean }>> {
  const state = await loadArticleState(db, articleId);
  if (!state) return notFound("This article");
  const context = contextFor(staff, state);
  const canEdit = can(staff.role, "article.edit", context);
  if (!canEdit && !can(staff.role, "article.preview", context)) {
    return denied("see this article's history");
  }
  return ok({ state, canRestore: canEdit });
}

async function newestVersion(articleId: string): Promise<number | null> {
  const newest = await db.revision.findFirst({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return newest?.version ?? null;
}

/** The newest revision and the one before it: the comparison shown when none is chosen. */
function latestTwo(articleId: string) {
  return db.revision.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    take: 2,
    select: { id: true, version: true },
  });
}

/** An article's revisions, newest first, a page at a time. */
export async function listRevisions(
  staff: Staff,
  articleId: string,
  page = 1,
): Promise<ActionResult<RevisionPage>> {
  const access = await readableArticle(staff, articleId);
  if (!access.ok) return access;
  const { state, canRestore } = access.data;
  const [total, latest] = await Promise.all([
    db.revision.count({ where: { articleId } }),
    latestTwo(articleId),
  ]);
  const newest = latest[0]?.version ?? null;
  const { page: current, pageCount, skip, take } = pageWindow(total, REVISION_PAGE_SIZE, page);
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    skip,
    take,
    select: summarySelect,
  });
  return ok({
    article: { id: state.id, title: state.title, status: state.status, version: state.version },
    canRestore,
    revisions: rows.map((row) => toSummary(row, newest)),
    newestId: latest[0]?.id ?? null,
    previousId: latest[1]?.id ?? null,
    page: current,
    pageCount,
    total,
  });
}

/**
 * Two revisions of one article compared field by field, the older first
 * whichever order they were asked in; or, for a restore, exactly as asked
 * (the current version to the one that would come back).
 */
export async function compareRevisions(
  staff: Staff,
  articleId: string,
  fromId: string,
  toId: string,
  { chronological = true }: { chronological?: boolean } = {},
): Promise<ActionResult<RevisionComparison>> {
  const access = await readableArticle(staff, articleId);
  if (!access.ok) return access;
  const [rows, newest] = await Promise.all([
    db.revision.findMany({
      // Both must belong to this article: an id from another article is not found.
      where: { articleId, id: { in: [fromId, toId] } },
      select: { ...summarySelect, snapshot: true },
    }),
    newestVersion(articleId),
  ]);
  const from = rows.find((row) => row.id === fromId);
  const to = rows.find((row) => row.id === toId);
  if (!from || !to) return notFound("That version");
  const [older, newer] = !chronological || from.version <= to.version ? [from, to] : [to, from];
  const resolved = await resolveSnapshots([
    readSnapshot(older.snapshot),
    readSnapshot(newer.snapshot),
  ]);
  const [before, after] = resolved.fields as [
    (typeof resolved.fields)[0],
    (typeof resolved.fields)[0],
  ];
  return ok({
    from: toSummary(older, newest),
    to: toSummary(newer, newest),
    diff: diffRevisions(before, after, resolved.names, resolved.imageOf),
  });
}

/** What a restore did, as its audit row tells it: for the message after the redirect. */
export async function getRestoreOutcome(
  staff: Staff,
  articleId: string,
  version: number,
): Promise<RestoreOutcome | null> {
  const access = await readableArticle(staff, articleId);
  if (!access.ok) return null;
  const row = await db.auditLog.findFirst({
    where: {
      entityType: "article",
      entityId: articleId,
      action: "article.restore",
      data: { path: ["version"], equals: version },
    },
    orderBy: { at: "desc" },
    select: { data: true, actor: { select: { name: true } } },
  });
  if (!row) return null;
  const data = row.data as { restoredFromVersion?: unknown; notes?: unknown };
  return {
    version,
    restoredFromVersion:
      typeof data.restoredFromVersion === "number" ? data.restoredFromVersion : 0,
    notes: Array.isArray(data.notes)
      ? data.notes.filter((note): note is string => typeof note === "string")
      : [],
    by: row.actor?.name ?? null,
  };
}
