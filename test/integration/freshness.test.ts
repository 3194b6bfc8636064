import { beforeEach, describe, expect, it } from "vitest";
import { refreshArticlePages } from "./cache-support";
import { listStories } from "@/lib/articles/lists";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection, createTag } from "./factories";

beforeEach(truncateAll);

const ids = async (scope: Parameters<typeof listStories>[0]) =>
  (await listStories(scope, null, 10)).stories.map((story) => story.id);

describe("cached reader data", () => {
  it("is served from the cache until a change refreshes exactly the lists that show it", async () => {
    const section = await createSection();
    const otherSection = await createSection();
    const tag = await createTag();
    const author = await createAuthor();
    const first = await createArticle({
      sectionId: section.id,
      tagIds: [tag.id],
      authorIds: [author.id],
    });
    const other = await createArticle({ sectionId: otherSection.id });
    const scopes = [
      { kind: "all" as const },
      { kind: "section" as const, id: section.id },
      { kind: "tag" as const, id: tag.id },
      { kind: "author" as const, id: author.id },
    ];
    for (const scope of scopes) expect(await ids(scope)).toContain(first.id);
    expect(await ids({ kind: "section", id: otherSection.id })).toEqual([other.id]);

    // Written behind the cache's back: still the old lists, proving they are cached.
    const second = await createArticle({
      sectionId: section.id,
      tagIds: [tag.id],
      authorIds: [author.id],
      publishedAt: new Date(),
    });
    for (const scope of scopes) expect(await ids(scope)).not.toContain(second.id);

    await refreshArticlePages({
      id: second.id,
      slugs: [second.slug],
      sectionIds: [section.id],
      tagIds: [tag.id],
      authorIds: [author.id],
    });
    for (const scope of scopes) expect((await ids(scope))[0], scope.kind).toBe(second.id);
  });

  it("refreshes an article page after an edit, an unpublish, or an edit to a story it links to", async () => {
    const related = await createArticle({ title: "Older view" });
    const article = await createArticle({
      title: "Original headline",
      body: {
        type: "doc",
        content: [{ type: "relatedArticle", attrs: { articleId: related.id } }],
      },
    });
    const change = (a: { id: string; slug: string }) => ({
      id: a.id,
      slugs: [a.slug],
      sectionIds: [],
      tagIds: [],
      authorIds: [],
    });
    expect((await getPublishedArticle(article.id))?.title).toBe("Original headline");

    await testDb().article.update({
      where: { id: article.id },
      data: { title: "Corrected headline" },
    });
    expect((await getPublishedArticle(article.id))?.title).toBe("Original headline");
    await refreshArticlePages(change(article));
    expect((await getPublishedArticle(article.id))?.title).toBe("Corrected headline");

    await testDb().article.update({
      where: { id: related.id },
      data: { title: "Older view, updated" },
    });
    await refreshArticlePages(change(related));
    expect((await getPublishedArticle(article.id))?.relatedCards[related.id]?.title).toBe(
      "Older view, updated",
    );

    await testDb().article.update({ where: { id: article.id }, data: { status: "UNPUBLISHED" } });
    await refreshArticlePages(change(article));
    expect(await getPublishedArticle(article.id)).toBeNull();
    expect(await resolveSlug(article.slug)).toBeNull();
    expect(await ids({ kind: "all" })).not.toContain(article.id);
  });

  it("forgets that a slug was unknown once an article takes it", async () => {
    expect(await resolveSlug("breaking-story")).toBeNull();
    const article = await createArticle({ slug: "breaking-story" });
    await refreshArticlePages({
      id: article.id,
      slugs: ["breaking-story"],
      sectionIds: [],
      tagIds: [],
      authorIds: [],
    });
    expect(await resolveSlug("breaking-story")).toEqual({
      kind: "article",
      articleId: article.id,
      edition: "en",
    });
  });
});
