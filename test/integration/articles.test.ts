import { beforeEach, describe, expect, it } from "vitest";
import { decodeCursor } from "@/lib/articles/cursor";
import type { StoryScope } from "@/lib/articles/dto";
import { getLatestArticles, listStories } from "@/lib/articles/lists";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection, createTag } from "./factories";

beforeEach(truncateAll);

describe("public article queries", () => {
  it("list only published stories whose time has come, newest first", async () => {
    const section = await createSection();
    const older = await createArticle({
      sectionId: section.id,
      publishedAt: new Date(Date.now() - 7_200_000),
    });
    const newer = await createArticle({
      sectionId: section.id,
      publishedAt: new Date(Date.now() - 60_000),
    });
    await createArticle({ status: "DRAFT" });
    await createArticle({ status: "IN_REVIEW" });
    await createArticle({ status: "SCHEDULED", publishedAt: null });
    await createArticle({ status: "UNPUBLISHED", publishedAt: new Date(Date.now() - 3_600_000) });
    await createArticle({ publishedAt: new Date(Date.now() + 3_600_000) });
    await createArticle({ type: "PAGE" });

    const latest = await getLatestArticles(10);
    expect(latest.map((a) => a.id)).toEqual([newer.id, older.id]);
    const inSection = await listStories({ kind: "section", id: section.id }, null, 10);
    expect(inSection.stories.map((a) => a.id)).toEqual([newer.id, older.id]);
  });

  it("never return an unpublished article by id", async () => {
    for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"] as const) {
      const draft = await createArticle({
        status,
        publishedAt: status === "UNPUBLISHED" ? new Date() : null,
      });
      expect(await getPublishedArticle(draft.id)).toBeNull();
    }
    const published = await createArticle();
    expect((await getPublishedArticle(published.id))?.title).toBe(published.title);
  });

  it("return bylines in order, tags, corrections and the related card", async () => {
    const [first, second] = [
      await createAuthor({ name: "Olena First" }),
      await createAuthor({ name: "Taras Second" }),
    ];
    const tag = await createTag();
    const related = await createArticle({ title: "Editorial: An older view", type: "EDITORIAL" });
    const draft = await createArticle({ status: "DRAFT" });
    const article = await createArticle({
      authorIds: [second.id, first.id],
      tagIds: [tag.id],
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Lead." }] },
          { type: "relatedArticle", attrs: { articleId: related.id } },
          { type: "relatedArticle", attrs: { articleId: draft.id } },
        ],
      },
    });
    await testDb().correction.create({
      data: { articleId: article.id, kind: "CORRECTION", text: "Fixed a figure." },
    });

    const detail = await getPublishedArticle(article.id);
    expect(detail?.authors.map((a) => a.name)).toEqual(["Taras Second", "Olena First"]);
    expect(detail?.tags.map((t) => t.slug)).toEqual([tag.slug]);
    expect(detail?.corrections.map((c) => c.text)).toEqual(["Fixed a figure."]);
    // The draft's card is left out: readers never see unpublished work.
    expect(Object.keys(detail?.relatedCards ?? {})).toEqual([related.id]);
  });

  it("drop hostile or unknown blocks from a stored body", async () => {
    const article = await createArticle({
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Safe." }] },
          { type: "script", content: "alert(1)" },
          { type: "html", attrs: { html: "<img src=x onerror=alert(1)>" } },
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "bad link",
                marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
              },
            ],
          },
        ],
      },
    });
    const detail = await getPublishedArticle(article.id);
    expect(detail?.body.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "Safe." }] },
    ]);
  });

  it("list tag and author pages from their own indexes", async () => {
    const author = await createAuthor();
    const tag = await createTag();
    const a = await createArticle({
      authorIds: [author.id],
      tagIds: [tag.id],
      publishedAt: new Date(Date.now() - 5_000),
    });
    const b = await createArticle({
      authorIds: [author.id],
      tagIds: [tag.id],
      publishedAt: new Date(Date.now() - 1_000),
    });
    await createArticle({ status: "DRAFT", authorIds: [author.id], tagIds: [tag.id] });
    const ids = async (scope: StoryScope) =>
      (await listStories(scope, null, 10)).stories.map((x) => x.id);
    expect(await ids({ kind: "tag", id: tag.id })).toEqual([b.id, a.id]);
    expect(await ids({ kind: "author", id: author.id })).toEqual([b.id, a.id]);
  });
});

describe("story pagination", () => {
  it("walks every scope page by page, each story exactly once, ties broken by id", async () => {
    const section = await createSection();
    const tag = await createTag();
    const author = await createAuthor();
    const sameMinute = new Date(Date.now() - 600_000);
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push(
        await createArticle({
          sectionId: section.id,
          tagIds: [tag.id],
          authorIds: [author.id],
          // Three stories share one publication time, as wire copy often does.
          publishedAt: i < 3 ? sameMinute : new Date(Date.now() - (i + 20) * 60_000),
        }),
      );
    }
    await createArticle({
      status: "DRAFT",
      sectionId: section.id,
      tagIds: [tag.id],
      authorIds: [author.id],
    });

    const scopes: StoryScope[] = [
      { kind: "all" },
      { kind: "section", id: section.id },
      { kind: "tag", id: tag.id },
      { kind: "author", id: author.id },
    ];
    for (const scope of scopes) {
      const seen: string[] = [];
      let before = null;
      let pages = 0;
      do {
        const page = await listStories(scope, before, 3);
        seen.push(...page.stories.map((s) => s.id));
        before = decodeCursor(page.older ?? undefined);
        pages++;
      } while (before && pages < 10);
      expect(pages, scope.kind).toBe(3);
      expect(new Set(seen).size, scope.kind).toBe(7);
      expect(seen.sort(), scope.kind).toEqual(created.map((a) => a.id).sort());
    }
  });
});

describe("slug resolver", () => {
  it("tell articles, sections, old slugs and unknown slugs apart", async () => {
    const section = await createSection({ slug: "field-report" });
    const article = await createArticle({ slug: "new-slug" });
    await testDb().route.create({
      data: { slug: "old-slug", articleId: article.id, canonical: false },
    });

    expect(await resolveSlug("new-slug")).toEqual({
      kind: "article",
      articleId: article.id,
      edition: "en",
    });
    expect(await resolveSlug("field-report")).toEqual({
      kind: "section",
      sectionId: section.id,
      edition: "en",
    });
    expect(await resolveSlug("old-slug")).toEqual({ kind: "redirect", location: "/new-slug" });
    expect(await resolveSlug("nothing-here")).toBeNull();
  });

  it("lead nowhere from the old slug of an article that is not public", async () => {
    const draft = await createArticle({ slug: "secret-new-headline", status: "UNPUBLISHED" });
    await testDb().route.create({
      data: { slug: "taken-down", articleId: draft.id, canonical: false },
    });
    expect(await resolveSlug("taken-down")).toBeNull();
    expect(await resolveSlug("secret-new-headline")).toBeNull();
  });
});
