import type { ArticleFields } from "@/lib/articles/editing/schemas";
import { testDb } from "./database";

/** The article's editable fields and version, as the editor would send them back. */
export async function editorFieldsOf(id: string): Promise<ArticleFields & { version: number }> {
  const row = await testDb().article.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      title: true,
      slug: true,
      standfirst: true,
      type: true,
      sectionId: true,
      heroImageId: true,
      heroAlt: true,
      heroCaption: true,
      heroCredit: true,
      seoTitle: true,
      seoDescription: true,
      seoImageId: true,
      featured: true,
      editorsPick: true,
      body: true,
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
      tags: { orderBy: { position: "asc" }, select: { tagId: true } },
    },
  });
  const { authors, tags, body, ...rest } = row;
  return {
    ...rest,
    tagIds: tags.map((t) => t.tagId),
    authorIds: authors.map((a) => a.authorId),
    body: body as ArticleFields["body"],
  };
}

/** What the database holds for an article's notes and its "Updated" time. */
export async function noteState(articleId: string) {
  const [notes, article, audits] = await Promise.all([
    testDb().correction.findMany({
      where: { articleId },
      orderBy: { publishedAt: "asc" },
      select: { id: true, kind: true, text: true, publishedAt: true, createdById: true },
    }),
    testDb().article.findUniqueOrThrow({
      where: { id: articleId },
      select: { substantiveUpdatedAt: true, version: true },
    }),
    testDb().auditLog.findMany({
      where: { entityId: articleId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true, data: true },
    }),
  ]);
  return {
    notes,
    substantiveUpdatedAt: article.substantiveUpdatedAt,
    version: article.version,
    audits,
  };
}

export const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
