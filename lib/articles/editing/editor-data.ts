import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { ok, denied, notFound, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { publicStoryFilter } from "../rules";
import { documentReferences } from "@/lib/documents/sanitize";
import { describeImages } from "@/lib/media/library";
import { getSiteSettings } from "@/lib/site/settings";
import { getCorrectionsEditorData } from "../corrections/editor-notes";
import type { ArticleEditorData, RelatedCandidate } from "./dto";
import { allowedFor, contextFor, fieldsOf, loadArticleState } from "./state";

export async function getArticleEditorData(
  staff: Staff,
  id: string,
): Promise<ActionResult<ArticleEditorData>> {
  const state = await loadArticleState(db, id);
  if (!state) return notFound("This article");
  const context = contextFor(staff, state);
  // Reading the editor is allowed to those who may edit or preview it; the
  // form is read-only for the latter (e.g. a contributor after submitting).
  if (!can(staff.role, "article.edit", context) && !can(staff.role, "article.preview", context)) {
    return denied("open this article");
  }
  const fields = fieldsOf(state);
  const { mediaIds, articleIds } = documentReferences(fields.body);
  const imageIds = [fields.heroImageId, fields.seoImageId, ...mediaIds].filter(
    (x): x is string => !!x,
  );
  const [sections, tags, authors, media, linkedArticles, settings] = await Promise.all([
    // An article is filed under its own edition's sections.
    db.section.findMany({
      where: { edition: state.edition },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.author.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, jobTitle: true, staffUserId: true },
    }),
    describeImages([...new Set(imageIds)]),
    db.article.findMany({
      where: { id: { in: articleIds }, ...publicStoryFilter() },
      select: { id: true, title: true },
    }),
    getSiteSettings(),
  ]);
  return ok({
    id: state.id,
    version: state.version,
    status: state.status,
    publishedAt: state.publishedAt?.toISOString() ?? null,
    scheduledAt: state.scheduledAt?.toISOString() ?? null,
    unpublishAt: state.unpublishAt?.toISOString() ?? null,
    timeZone: settings.timezone,
    updatedAt: state.updatedAt.toISOString(),
    updatedBy: state.updatedBy?.name ?? null,
    fields,
    allowed: allowedFor(staff, context),
    options: {
      sections,
      tags,
      authors: authors.map((author) => ({
        id: author.id,
        name: author.name,
        jobTitle: author.jobTitle,
        staff: author.staffUserId !== null,
      })),
    },
    media,
    linkedArticles,
    edition: state.edition,
    corrections: await getCorrectionsEditorData(db, staff.role, context, state.id),
  });
}

/** Published stories whose headline matches, for the inline related-article card. */
export async function searchRelatedArticles(
  staff: Staff,
  input: { query: string; excludeId?: string },
): Promise<ActionResult<RelatedCandidate[]>> {
  const query = input.query.trim();
  if (!query) return ok([]);
  const rows = await db.article.findMany({
    where: {
      ...publicStoryFilter(),
      ...(input.excludeId ? { id: { not: input.excludeId } } : {}),
      title: { contains: query, mode: "insensitive" },
    },
    orderBy: { publishedAt: "desc" },
    take: 10,
    select: {
      id: true,
      title: true,
      standfirst: true,
      heroImage: { select: { storageKey: true } },
    },
  });
  return ok(
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      standfirst: row.standfirst,
      imageSrc: row.heroImage ? `/media/${row.heroImage.storageKey}` : null,
    })),
  );
}
