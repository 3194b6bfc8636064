import { beforeEach, describe, expect, it } from "vitest";
import { GET as getIndexRoute } from "@/app/sitemap.xml/route";
import { GET as getChildRoute } from "@/app/sitemaps/[file]/route";
import { refreshArticlePages } from "./cache-support";
import { parseSitemapName } from "@/lib/seo/sitemap-names";
import { getChildSitemap, getSitemapIndex } from "@/lib/seo/sitemaps";
import { siteOrigin } from "@/lib/seo/urls";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection, createTag } from "./factories";
import { checkNewsSitemap, checkSitemapIndex, checkUrlset } from "./seo-protocols";

beforeEach(truncateAll);

const origin = siteOrigin();
const HOUR = 3_600_000;

async function child(file: string): Promise<string> {
  const name = parseSitemapName(file);
  if (!name) throw new Error(`not a sitemap name: ${file}`);
  const sitemap = await getChildSitemap(name);
  if (!sitemap) throw new Error(`${file} is missing`);
  return sitemap.body;
}

/** Every child sitemap the index lists, checked against the protocol, by file name. */
async function crawl(): Promise<Map<string, string>> {
  const index = checkSitemapIndex((await getSitemapIndex()).body, origin);
  const files = new Map<string, string>();
  for (const entry of index) {
    const file = entry.loc.slice(`${origin}/sitemaps/`.length);
    const body = await child(file);
    if (file.startsWith("news")) checkNewsSitemap(body, origin);
    else checkUrlset(body, origin);
    files.set(file, body);
  }
  return files;
}

async function newsroom() {
  const section = await createSection({ slug: "war", name: "War" });
  const tag = await createTag({ slug: "drones" });
  const author = await createAuthor({ slug: "anna-k" });
  const hero = await testDb().media.create({
    data: {
      kind: "IMAGE",
      storageKey: "images/ab/hero.jpg",
      mimeType: "image/jpeg",
      bytes: 1000,
      width: 1600,
      height: 900,
      sha256: "hero-sha",
    },
  });
  const january = await createArticle({
    slug: "january-story",
    publishedAt: new Date("2025-01-15T10:00:00Z"),
    sectionId: section.id,
    tagIds: [tag.id],
    authorIds: [author.id],
  });
  // Updated substantively in February: its month's lastmod says so.
  await testDb().article.update({
    where: { id: january.id },
    data: { substantiveUpdatedAt: new Date("2025-02-03T08:00:00Z"), heroImageId: hero.id },
  });
  const february = await createArticle({
    slug: "february-story",
    publishedAt: new Date("2025-02-01T00:30:00Z"),
    sectionId: section.id,
  });
  const fresh = await createArticle({
    slug: "fresh-story",
    title: "Fresh & new",
    publishedAt: new Date(Date.now() - HOUR),
    authorIds: [author.id],
  });
  const old = await createArticle({
    slug: "two-days-old",
    publishedAt: new Date(Date.now() - 50 * HOUR),
  });
  await createArticle({ slug: "draft-story", status: "DRAFT" });
  await createArticle({ slug: "embargoed", publishedAt: new Date(Date.now() + HOUR) });
  await createArticle({
    slug: "pulled",
    status: "UNPUBLISHED",
    publishedAt: new Date("2025-01-20"),
  });
  await createArticle({ slug: "about", type: "PAGE", publishedAt: new Date("2024-06-01") });
  return { section, tag, author, january, february, fresh, old };
}

describe("sitemaps", () => {
  it("index every public page once, in files valid against the protocol", async () => {
    const { fresh, old } = await newsroom();
    const files = await crawl();
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        "pages.xml",
        "sections.xml",
        "tags-1.xml",
        "authors-1.xml",
        "news.xml",
        "articles-2025-01.xml",
        "articles-2025-02.xml",
      ]),
    );

    const articleLocs = [...files]
      .filter(([file]) => file.startsWith("articles-"))
      .flatMap(([, body]) => checkUrlset(body, origin).map((entry) => entry.loc));
    const expected = ["january-story", "february-story", fresh.slug, old.slug].map(
      (slug) => `${origin}/${slug}`,
    );
    expect(articleLocs.sort()).toEqual(expected.sort());

    const january = checkUrlset(files.get("articles-2025-01.xml")!, origin);
    expect(january).toEqual([
      {
        loc: `${origin}/january-story`,
        lastmod: "2025-02-03T08:00:00Z",
        images: [`${origin}/media/images/ab/hero.jpg`],
        alternates: [],
      },
    ]);
    const index = checkSitemapIndex((await getSitemapIndex()).body, origin);
    expect(index.find((entry) => entry.loc.endsWith("articles-2025-01.xml"))?.lastmod).toBe(
      "2025-02-03T08:00:00Z",
    );

    const pages = checkUrlset(files.get("pages.xml")!, origin).map((entry) => entry.loc);
    // Each edition's home and News Feed (the Ukrainian edition's at /uk).
    expect(pages).toEqual([
      `${origin}/`,
      `${origin}/uk`,
      `${origin}/news-feed`,
      `${origin}/uk/news-feed`,
      `${origin}/corrections`,
      `${origin}/about`,
    ]);
    expect(checkUrlset(files.get("sections.xml")!, origin)).toEqual([
      { loc: `${origin}/war`, lastmod: "2025-02-01T00:30:00Z", images: [], alternates: [] },
    ]);
    expect(checkUrlset(files.get("tags-1.xml")!, origin).map((entry) => entry.loc)).toEqual([
      `${origin}/tag/drones`,
    ]);
    expect(checkUrlset(files.get("authors-1.xml")!, origin)).toEqual([
      {
        loc: `${origin}/author/anna-k`,
        lastmod: expect.stringMatching(/Z$/),
        images: [],
        alternates: [],
      },
    ]);

    const news = checkNewsSitemap(files.get("news.xml")!, origin);
    expect(news).toEqual([
      {
        loc: `${origin}/fresh-story`,
        name: "Newsroom",
        language: "en",
        publishedAt: expect.any(String),
        title: "Fresh & new",
      },
    ]);
  });

  it("are refreshed by a publish, not only when their time runs out", async () => {
    const { section } = await newsroom();
    const before = await child("news.xml");
    const story = await createArticle({
      slug: "breaking",
      sectionId: section.id,
      publishedAt: new Date(),
    });
    expect(await child("news.xml")).toBe(before);
    await refreshArticlePages({
      id: story.id,
      slugs: [story.slug],
      sectionIds: [section.id],
      tagIds: [],
      authorIds: [],
    });
    expect(checkNewsSitemap(await child("news.xml"), origin)[0]?.loc).toBe(`${origin}/breaking`);
    expect((await crawl()).size).toBeGreaterThan(0);
  });

  it("split a month into files of 10,000", async () => {
    await testDb().$executeRaw`
      INSERT INTO "Article" ("id", "slug", "title", "body", "status", "type", "publishedAt", "updatedAt")
      SELECT 'bulk-' || g, 'bulk-' || g, 'Bulk ' || g, '{"type":"doc","content":[]}'::jsonb,
             'PUBLISHED', 'NEWS', timestamp '2024-05-01' + make_interval(secs => g), now()
      FROM generate_series(1, 10001) AS g`;
    const index = checkSitemapIndex((await getSitemapIndex()).body, origin).map(
      (entry) => entry.loc,
    );
    expect(index).toContain(`${origin}/sitemaps/articles-2024-05.xml`);
    expect(index).toContain(`${origin}/sitemaps/articles-2024-05-2.xml`);
    const first = checkUrlset(await child("articles-2024-05.xml"), origin);
    const second = checkUrlset(await child("articles-2024-05-2.xml"), origin);
    expect(first).toHaveLength(10_000);
    expect(second.map((entry) => entry.loc)).toEqual([`${origin}/bulk-1`]);
    expect(await getChildSitemap({ kind: "articles", year: 2024, month: 5, part: 3 })).toBeNull();
  });
});

describe("sitemap dates", () => {
  it("give every file in the index the newest lastmod inside it, pages and terms too", async () => {
    const { fresh } = await newsroom();
    // A page corrected after the newest story went out.
    const corrected = new Date(Date.now() - 60_000);
    await testDb().article.update({
      where: { slug: "about" },
      data: { substantiveUpdatedAt: corrected },
    });
    const index = checkSitemapIndex((await getSitemapIndex()).body, origin);
    const lastmodOf = (file: string) =>
      index.find((entry) => entry.loc === `${origin}/sitemaps/${file}`)?.lastmod;
    const newestIn = (body: string) =>
      checkUrlset(body, origin)
        .map((entry) => entry.lastmod)
        .filter((lastmod): lastmod is string => lastmod !== null)
        .sort()
        .at(-1);
    for (const file of ["pages.xml", "tags-1.xml", "authors-1.xml"]) {
      expect(lastmodOf(file), file).toBeDefined();
      expect(lastmodOf(file), file).toBe(newestIn(await child(file)));
    }
    expect(Date.parse(lastmodOf("pages.xml")!)).toBe(Math.floor(corrected.getTime() / 1000) * 1000);
    expect(Date.parse(lastmodOf("pages.xml")!)).toBeGreaterThan(fresh.publishedAt!.getTime());
  });

  it("answer If-Modified-Since after an edit with the new file, never a 304", async () => {
    await newsroom();
    const first = await getIndexRoute(new Request(`${origin}/sitemap.xml`));
    const since = first.headers.get("last-modified")!;
    expect(since).toMatch(/GMT$/);
    // The page's correction changes the index (pages.xml's lastmod), not any
    // publication time.
    await testDb().article.update({
      where: { slug: "about" },
      data: { substantiveUpdatedAt: new Date() },
    });
    const about = await testDb().article.findUniqueOrThrow({ where: { slug: "about" } });
    await refreshArticlePages({
      id: about.id,
      slugs: ["about"],
      sectionIds: [null],
      tagIds: [],
      authorIds: [],
    });
    const again = await getIndexRoute(
      new Request(`${origin}/sitemap.xml`, { headers: { "if-modified-since": since } }),
    );
    expect(again.status).toBe(200);
    expect(await again.text()).not.toBe(await first.text());
    const unchanged = await getIndexRoute(
      new Request(`${origin}/sitemap.xml`, {
        headers: { "if-modified-since": again.headers.get("last-modified")! },
      }),
    );
    expect(unchanged.status).toBe(304);
  });
});

describe("sitemap routes", () => {
  it("serve XML with validators, 304 for a known copy and 404 for unknown files", async () => {
    await newsroom();
    const index = await getIndexRoute(new Request(`${origin}/sitemap.xml`));
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    checkSitemapIndex(await index.text(), origin);

    const params = (file: string) => ({ params: Promise.resolve({ file }) });
    const pages = await getChildRoute(
      new Request(`${origin}/sitemaps/pages.xml`),
      params("pages.xml"),
    );
    expect(pages.status).toBe(200);
    const etag = pages.headers.get("etag")!;
    const again = await getChildRoute(
      new Request(`${origin}/sitemaps/pages.xml`, { headers: { "if-none-match": etag } }),
      params("pages.xml"),
    );
    expect(again.status).toBe(304);
    for (const file of ["articles-1999-01.xml", "nope.xml", "tags-2.xml"]) {
      const response = await getChildRoute(new Request(`${origin}/sitemaps/${file}`), params(file));
      expect(response.status, file).toBe(404);
    }
  });
});
