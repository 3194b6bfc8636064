import { randomUUID } from "node:crypto";
import type { Staff } from "@/lib/auth/session";
import type { ArticleStatus, ArticleType } from "@/generated/prisma/enums";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import type { ArticleDocument } from "@/lib/documents/schema";
import { testDb } from "./database";

let counter = 0;
const next = () => ++counter;

export async function createSection(
  overrides: { slug?: string; name?: string; edition?: "en" | "uk" } = {},
) {
  const n = next();
  const slug = overrides.slug ?? `section-${n}`;
  const section = await testDb().section.create({
    data: { slug, name: overrides.name ?? `Section ${n}`, position: n, edition: overrides.edition },
  });
  await testDb().route.create({ data: { slug, sectionId: section.id } });
  return section;
}

export async function createAuthor(overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  return testDb().author.create({
    data: { slug: overrides.slug ?? `author-${n}`, name: overrides.name ?? `Author ${n}` },
  });
}

export async function createTag(overrides: { slug?: string } = {}) {
  const n = next();
  return testDb().tag.create({ data: { slug: overrides.slug ?? `tag-${n}`, name: `Tag ${n}` } });
}

export const sampleBody: ArticleDocument = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "A paragraph of reporting." }] }],
};

export async function createArticle(
  overrides: {
    slug?: string;
    title?: string;
    status?: ArticleStatus;
    type?: ArticleType;
    publishedAt?: Date | null;
    sectionId?: string;
    authorIds?: string[];
    tagIds?: string[];
    body?: unknown;
    standfirst?: string;
    searchText?: string;
    searchNames?: string;
    edition?: "en" | "uk";
    translationOfId?: string;
  } = {},
) {
  const n = next();
  const status = overrides.status ?? "PUBLISHED";
  const publishedAt =
    overrides.publishedAt !== undefined
      ? overrides.publishedAt
      : status === "PUBLISHED"
        ? new Date(Date.now() - n * 60_000)
        : null;
  const slug = overrides.slug ?? `article-${n}-${randomUUID().slice(0, 6)}`;
  const article = await testDb().article.create({
    data: {
      slug,
      title: overrides.title ?? `Article ${n}`,
      standfirst: overrides.standfirst ?? `Standfirst ${n}`,
      searchText: overrides.searchText ?? "",
      searchNames: overrides.searchNames ?? "",
      body: (overrides.body ?? sampleBody) as object,
      type: overrides.type ?? "NEWS",
      status,
      publishedAt,
      sectionId: overrides.sectionId,
      edition: overrides.edition,
      translationOfId: overrides.translationOfId,
      wordCount: 5,
      authors: {
        create: (overrides.authorIds ?? []).map((authorId, position) => ({
          authorId,
          position,
          publishedAt,
        })),
      },
      tags: {
        create: (overrides.tagIds ?? []).map((tagId, position) => ({
          tagId,
          position,
          publishedAt,
        })),
      },
    },
  });
  await testDb().route.create({ data: { slug, articleId: article.id } });
  return article;
}

/** A staff account with a byline, as the session helper would load it. */
export async function createStaff(
  overrides: {
    role?: "CONTRIBUTOR" | "AUTHOR" | "EDITOR" | "ADMIN";
    active?: boolean;
    email?: string;
  } = {},
): Promise<Staff> {
  const n = next();
  const role = overrides.role ?? "EDITOR";
  const user = await testDb().staffUser.create({
    data: {
      email: overrides.email ?? `staff-${n}-${randomUUID().slice(0, 6)}@example.com`,
      name: `Staff ${n}`,
      role,
      active: overrides.active ?? true,
      // A fixed Argon2id hash is not needed here; sign-in tests set their own.
      passwordHash: "unused",
      author: {
        create: { slug: `staff-author-${n}-${randomUUID().slice(0, 6)}`, name: `Staff ${n}` },
      },
    },
    select: { id: true, name: true, email: true, role: true, author: { select: { id: true } } },
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    authorId: user.author?.id ?? null,
    mustChangePassword: false,
  };
}

/** The article's editable fields and version, as stored, as the editor would send them back. */
export async function storedArticleFields(
  id: string,
): Promise<ArticleFields & { version: number }> {
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
