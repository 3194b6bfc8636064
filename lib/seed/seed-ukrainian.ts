import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { ArticleDocument } from "@/lib/documents/schema";
import { countWords, documentText } from "@/lib/documents/text";
import { buildSearchColumns } from "@/lib/search/search-text";
import { paragraph } from "./demo/doc";
import { UK_AUTHORS, UK_PHOTO_CREDIT, UK_SECTIONS, type UkStory } from "./demo/uk/edition";
import { UK_STORIES } from "./demo/uk/stories";
import { demoPictureId, demoPortraitId } from "./seed-pictures";

const UK_ACTION = "seed.uk";
const HOUR = 3_600_000;

/**
 * The Ukrainian edition of the demo (lib/seed/demo/uk): its sections after
 * the English ones, its authors, and its stories, those that translate an
 * English story linked to it when the demo holds that story. Written once,
 * in one transaction, and recorded so a resumed seed does not write it twice.
 */
export async function seedUkrainianEdition(db: Db, now: Date): Promise<number> {
  if (await db.auditLog.findFirst({ where: { action: UK_ACTION }, select: { id: true } })) {
    return 0;
  }
  const originals = await db.article.findMany({
    where: { slug: { in: UK_STORIES.flatMap((story) => story.translationOf ?? []) } },
    select: { id: true, slug: true },
  });
  const originalIds = new Map(originals.map((row) => [row.slug, row.id]));
  const sectionIds = new Map(UK_SECTIONS.map((section) => [section.slug, randomUUID()]));
  const authorIds = new Map(UK_AUTHORS.map((author) => [author.slug, randomUUID()]));
  const authorNames = new Map(UK_AUTHORS.map((author) => [author.slug, author.name]));
  const firstPosition = await db.section.count();

  await db.$transaction(async (tx) => {
    await tx.section.createMany({
      data: UK_SECTIONS.map((section, i) => ({
        id: sectionIds.get(section.slug),
        ...section,
        edition: "uk" as const,
        position: firstPosition + i,
      })),
    });
    await tx.route.createMany({
      data: UK_SECTIONS.map((section) => ({
        slug: section.slug,
        sectionId: sectionIds.get(section.slug),
      })),
    });
    await tx.author.createMany({
      data: UK_AUTHORS.map(({ englishSlug, ...author }) => ({
        id: authorIds.get(author.slug),
        ...author,
        links: [],
        avatarId: demoPortraitId(englishSlug),
      })),
    });
    const articles = UK_STORIES.map((story) =>
      articleRow(story, now, sectionIds, authorNames, originalIds),
    );
    await tx.article.createMany({ data: articles });
    await tx.route.createMany({
      data: articles.map((article) => ({ slug: article.slug, articleId: article.id })),
    });
    await tx.articleAuthor.createMany({
      data: UK_STORIES.flatMap((story, i) =>
        story.authors.flatMap((slug, position) => {
          const authorId = authorIds.get(slug);
          const article = articles[i]!;
          return authorId
            ? [{ articleId: article.id!, authorId, position, publishedAt: article.publishedAt }]
            : [];
        }),
      ),
    });
    await tx.auditLog.create({
      data: {
        action: UK_ACTION,
        entityType: "site",
        entityId: "1",
        data: { stories: UK_STORIES.length, translations: originalIds.size },
      },
    });
  });
  return UK_STORIES.length;
}

function articleRow(
  story: UkStory,
  now: Date,
  sectionIds: Map<string, string>,
  authorNames: Map<string, string>,
  originalIds: Map<string, string>,
): Prisma.ArticleCreateManyInput & { id: string; publishedAt: Date } {
  const body: ArticleDocument = { type: "doc", content: story.paragraphs.map(paragraph) };
  const publishedAt = new Date(now.getTime() - story.hoursAgo * HOUR);
  return {
    id: randomUUID(),
    slug: story.slug,
    edition: "uk",
    translationOfId: story.translationOf ? (originalIds.get(story.translationOf) ?? null) : null,
    title: story.title,
    standfirst: story.standfirst,
    body,
    type: story.type,
    status: "PUBLISHED",
    sectionId: sectionIds.get(story.section) ?? null,
    heroImageId: demoPictureId(`${story.picture.motif}-${story.picture.variant - 1}`),
    heroAlt: story.picture.alt,
    heroCaption: story.picture.caption,
    heroCredit: UK_PHOTO_CREDIT,
    publishedAt,
    featured: story.featured ?? false,
    editorsPick: story.editorsPick ?? false,
    wordCount: countWords(documentText(body)),
    ...buildSearchColumns({
      body,
      tagNames: [],
      authorNames: story.authors.flatMap((slug) => authorNames.get(slug) ?? []),
    }),
    createdAt: publishedAt,
  };
}
