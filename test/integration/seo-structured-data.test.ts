import { beforeEach, describe, expect, it } from "vitest";
import { getPublishedArticle } from "@/lib/articles/queries";
import { refreshArticlePages } from "./cache-support";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { articleJsonLd } from "@/lib/seo/json-ld-article";
import { serializeJsonLd } from "@/lib/seo/json-ld-serialize";
import { seoContext } from "@/lib/seo/json-ld-site";
import { articleMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/site/settings";
import { siteOrigin } from "@/lib/seo/urls";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection, createTag } from "./factories";

beforeEach(truncateAll);

const origin = siteOrigin();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function image(sha: string) {
  return testDb().media.create({
    data: {
      kind: "IMAGE",
      storageKey: `images/${sha.slice(0, 2)}/${sha}.jpg`,
      mimeType: "image/jpeg",
      bytes: 1000,
      width: 1600,
      height: 900,
      sha256: sha,
      alt: "Alt text",
      credit: "(Jane/Agency)",
    },
  });
}

async function opinionWithEverything() {
  const section = await createSection({ slug: "opinion", name: "Opinion" });
  const tag = await createTag({ slug: "sanctions" });
  const first = await createAuthor({ slug: "first-writer", name: "First Writer" });
  const second = await createAuthor({ slug: "second-writer", name: "Second Writer" });
  await testDb().author.update({
    where: { id: first.id },
    data: { links: [{ kind: "bluesky", url: "https://bsky.app/profile/first" }] },
  });
  const article = await createArticle({
    slug: "sanctions-are-working",
    type: "OPINION",
    sectionId: section.id,
    tagIds: [tag.id],
    authorIds: [first.id, second.id],
    publishedAt: new Date("2025-03-01T10:00:00Z"),
  });
  const hero = await image("aa11");
  const audio = await testDb().media.create({
    data: {
      kind: "AUDIO",
      storageKey: "audio/bb/narration.mp3",
      mimeType: "audio/mpeg",
      bytes: 5000,
      durationMs: 61_000,
      sha256: "narration",
    },
  });
  await testDb().article.update({
    where: { id: article.id },
    data: { heroImageId: hero.id, substantiveUpdatedAt: new Date("2025-03-02T09:00:00Z") },
  });
  await testDb().narration.create({
    data: {
      articleId: article.id,
      articleVersion: 1,
      status: "READY",
      provider: "test",
      mediaId: audio.id,
    },
  });
  await testDb().correction.createMany({
    data: [
      {
        articleId: article.id,
        kind: "CORRECTION",
        text: "Fixed a figure.",
        publishedAt: new Date("2025-03-01T12:00:00Z"),
      },
      {
        articleId: article.id,
        kind: "UPDATE",
        text: "Added a reply.",
        publishedAt: new Date("2025-03-02T09:00:00Z"),
      },
    ],
  });
  return { article, section, tag, first, second };
}

describe("structured data from the database", () => {
  it("describes an opinion piece with every author, correction, image and the narration", async () => {
    const { article } = await opinionWithEverything();
    const dto = (await getPublishedArticle(article.id))!;
    const seo = await getArticleSeo(article.id);
    const ctx = seoContext(await getSiteSettings());
    const parsed = JSON.parse(serializeJsonLd(articleJsonLd(ctx, dto, seo))) as {
      "@graph": Record<string, unknown>[];
    };
    const [news, breadcrumb] = parsed["@graph"];
    expect(news).toMatchObject({
      "@type": "OpinionNewsArticle",
      headline: dto.title,
      datePublished: "2025-03-01T10:00:00.000Z",
      dateModified: "2025-03-02T09:00:00.000Z",
      articleSection: "Opinion",
      correction: [{ "@type": "CorrectionComment", text: "Fixed a figure." }],
      audio: {
        "@type": "AudioObject",
        contentUrl: `${origin}/media/audio/bb/narration.mp3`,
        duration: "PT1M1S",
      },
    });
    expect(news?.datePublished).toMatch(ISO);
    expect(
      (news?.author as { name: string; url: string; sameAs?: string[] }[]).map((a) => [
        a.name,
        a.url,
        a.sameAs,
      ]),
    ).toEqual([
      ["First Writer", `${origin}/author/first-writer`, ["https://bsky.app/profile/first"]],
      ["Second Writer", `${origin}/author/second-writer`, undefined],
    ]);
    expect((news?.image as { url: string }[]).map((i) => i.url)).toEqual(
      ["16x9", "4x3", "1x1"].map((ratio) => `${origin}/og/crop/${ratio}/images/aa/aa11.jpg`),
    );
    expect(breadcrumb?.["@type"]).toBe("BreadcrumbList");
  });

  it("lets a chosen SEO image win once it is set, through the cache", async () => {
    const { article, section, tag, first, second } = await opinionWithEverything();
    const site = await getSiteSettings();
    const before = articleMetadata(
      site,
      (await getPublishedArticle(article.id))!,
      await getArticleSeo(article.id),
    );
    expect((before.openGraph?.images as { url: string }[])[0]?.url).toMatch(/\/og\/article\//);

    const seoImage = await image("cc22");
    await testDb().article.update({ where: { id: article.id }, data: { seoImageId: seoImage.id } });
    await refreshArticlePages({
      id: article.id,
      slugs: [article.slug],
      sectionIds: [section.id],
      tagIds: [tag.id],
      authorIds: [first.id, second.id],
    });
    const after = articleMetadata(
      site,
      (await getPublishedArticle(article.id))!,
      await getArticleSeo(article.id),
    );
    expect(after.openGraph).toMatchObject({
      type: "article",
      modifiedTime: "2025-03-02T09:00:00.000Z",
      images: [
        { url: `${origin}/media/images/cc/cc22.jpg`, width: 1600, height: 900, alt: "Alt text" },
      ],
    });
  });
});
