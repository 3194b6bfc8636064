import { beforeEach, describe, expect, it } from "vitest";
import { GET as getUkSectionFeed } from "@/app/(uk)/uk/[slug]/feed/route";
import { GET as getUkSiteFeed } from "@/app/(uk)/uk/feed/route";
import { GET as getSiteFeed } from "@/app/feed/route";
import { getLatestArticles } from "@/lib/articles/lists";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveRoute } from "@/lib/routing/routes";
import { forgetSearchWindows } from "@/lib/search/candidates";
import { readSearchParams } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { getNavigationSections } from "@/lib/sections/queries";
import { parseSitemapName } from "@/lib/seo/sitemap-names";
import { getChildSitemap, getSitemapIndex } from "@/lib/seo/sitemaps";
import { siteOrigin } from "@/lib/seo/urls";
import { testDb, truncateAll } from "./database";
import { createArticle, createSection } from "./factories";

beforeEach(async () => {
  await truncateAll();
  forgetSearchWindows();
});

const origin = siteOrigin();

const search = async (edition: "en" | "uk", q: string) =>
  (await searchArticles(readSearchParams({ q }), "Europe/Kyiv", edition)).hits.map(
    (hit) => hit.article.title,
  );

async function child(file: string): Promise<string> {
  const sitemap = await getChildSitemap(parseSitemapName(file)!);
  return sitemap!.body;
}

describe("search in the Ukrainian edition", () => {
  it("finds a story whatever the case of the place name", async () => {
    await createArticle({ edition: "uk", title: "Нічна атака на Київ" });
    await createArticle({
      edition: "uk",
      title: "Світло повернулося",
      searchText: "У Києві відновили живлення.",
    });
    await createArticle({
      edition: "uk",
      title: "Евакуація з Харкова",
      standfirst: "Потяги до Києва.",
    });
    await createArticle({ edition: "uk", title: "Новини Львова" });
    const kyiv = ["Нічна атака на Київ", "Світло повернулося", "Евакуація з Харкова"].sort();
    for (const q of ["Київ", "Києві", "Києва", "києвом", "КИЄВУ"]) {
      expect((await search("uk", q)).sort(), q).toEqual(kyiv);
    }
    expect(await search("uk", "Львів")).toEqual(["Новини Львова"]);
    expect((await search("uk", "Харків")).sort()).toEqual(["Евакуація з Харкова"]);
  });

  it("keeps web-search syntax: exclusions and either word", async () => {
    await createArticle({ edition: "uk", title: "Удар по Києву" });
    await createArticle({ edition: "uk", title: "Удар по Харкову" });
    expect(await search("uk", "удар -Києва")).toEqual(["Удар по Харкову"]);
    expect((await search("uk", "Київ OR Харків")).sort()).toEqual([
      "Удар по Києву",
      "Удар по Харкову",
    ]);
  });

  it("searches each edition's own stories only", async () => {
    await createArticle({ edition: "uk", title: "Дрони над Києвом" });
    await createArticle({ edition: "en", title: "Drones over Kyiv" });
    expect(await search("uk", "Києві")).toEqual(["Дрони над Києвом"]);
    expect(await search("en", "Kyiv")).toEqual(["Drones over Kyiv"]);
    expect(await search("en", "Києві")).toEqual([]);
  });
});

describe("the editions' lists and addresses", () => {
  it("keeps each edition's stories and sections to itself", async () => {
    await createSection({ slug: "war", name: "War" });
    await createSection({ slug: "viina", name: "Війна", edition: "uk" });
    await createArticle({ title: "English story" });
    await createArticle({ title: "Українська новина", edition: "uk" });
    expect((await getLatestArticles(10)).map((a) => a.title)).toEqual(["English story"]);
    expect((await getLatestArticles(10, "uk")).map((a) => a.title)).toEqual(["Українська новина"]);
    expect((await getNavigationSections("en")).map((s) => s.name)).toEqual(["War"]);
    expect((await getNavigationSections("uk")).map((s) => s.name)).toEqual(["Війна"]);
  });

  it("names the edition of a slug, and sends an old slug to its edition's address", async () => {
    const story = await createArticle({ slug: "novyna", edition: "uk" });
    expect(await resolveRoute("novyna")).toEqual({
      kind: "article",
      articleId: story.id,
      edition: "uk",
    });
    await testDb().route.create({
      data: { slug: "stara-novyna", articleId: story.id, canonical: false },
    });
    expect(await resolveRoute("stara-novyna")).toEqual({
      kind: "redirect",
      location: "/uk/novyna",
    });
  });
});

describe("translations", () => {
  it("link an original and its translation both ways, once published", async () => {
    const original = await createArticle({ slug: "drones-hit-kyiv", title: "Drones hit Kyiv" });
    const draft = await createArticle({
      slug: "drony-nad-kyievom",
      edition: "uk",
      translationOfId: original.id,
      status: "DRAFT",
    });
    expect((await getPublishedArticle(original.id))?.translations).toEqual([]);

    await testDb().article.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) },
    });
    const { refreshArticlePages } = await import("./cache-support");
    await refreshArticlePages({
      id: draft.id,
      slugs: [draft.slug],
      sectionIds: [],
      tagIds: [],
      authorIds: [],
      translationOfId: original.id,
    });
    expect((await getPublishedArticle(original.id))?.translations).toEqual([
      { edition: "uk", slug: "drony-nad-kyievom", title: draft.title },
    ]);
    expect((await getPublishedArticle(draft.id))?.translations).toEqual([
      { edition: "en", slug: "drones-hit-kyiv", title: "Drones hit Kyiv" },
    ]);
  });

  it("carry hreflang alternates in the article sitemap, each story at its own address", async () => {
    const original = await createArticle({ slug: "drones-hit-kyiv" });
    await createArticle({ slug: "drony-nad-kyievom", edition: "uk", translationOfId: original.id });
    await createArticle({ slug: "only-english" });
    const index = (await getSitemapIndex()).body;
    const month = /sitemaps\/(articles-[\d-]+\.xml)/.exec(index)![1]!;
    const body = await child(month);
    expect(body).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const en = `${origin}/drones-hit-kyiv`;
    const uk = `${origin}/uk/drony-nad-kyievom`;
    const pair = `<xhtml:link rel="alternate" hreflang="en" href="${en}"/><xhtml:link rel="alternate" hreflang="uk" href="${uk}"/>`;
    expect(body).toContain(`<url><loc>${en}</loc>`);
    expect(body).toContain(`<url><loc>${uk}</loc>`);
    // Both entries name both pages, in the same order.
    expect(body.split(pair).length - 1).toBe(2);
    expect(body).toMatch(
      new RegExp(`<loc>${origin}/only-english</loc><lastmod>[^<]+</lastmod>(<image|</url>)`),
    );
  });
});

describe("feeds and sitemaps per edition", () => {
  it("gives each edition its own news sitemap in its language", async () => {
    await createArticle({ title: "English news" });
    await createArticle({ title: "Українська новина", slug: "ukrainska-novyna", edition: "uk" });
    const index = (await getSitemapIndex()).body;
    expect(index).toContain(`${origin}/sitemaps/news.xml`);
    expect(index).toContain(`${origin}/sitemaps/news-uk.xml`);
    const english = await child("news.xml");
    const ukrainian = await child("news-uk.xml");
    expect(english).toContain("<news:language>en</news:language>");
    expect(english).not.toContain("Українська новина");
    expect(ukrainian).toContain("<news:language>uk</news:language>");
    expect(ukrainian).toContain(`<loc>${origin}/uk/ukrainska-novyna</loc>`);
    expect(ukrainian).not.toContain("English news");
  });

  it("lists both homes with alternates and each edition's sections at its address", async () => {
    await createSection({ slug: "viina", name: "Війна", edition: "uk" });
    const section = await testDb().section.findFirstOrThrow({ where: { slug: "viina" } });
    await createArticle({ edition: "uk", sectionId: section.id });
    const pages = await child("pages.xml");
    expect(pages).toContain(`<url><loc>${origin}/uk</loc><lastmod>`);
    expect(pages).toContain(`<xhtml:link rel="alternate" hreflang="uk" href="${origin}/uk"/>`);
    expect(await child("sections.xml")).toContain(`<loc>${origin}/uk/viina</loc>`);
  });

  it("serves each edition's RSS in its language with its own stories", async () => {
    const viina = await createSection({ slug: "viina", name: "Війна", edition: "uk" });
    await createArticle({ title: "English story" });
    await createArticle({ title: "Новина", slug: "novyna", edition: "uk", sectionId: viina.id });
    const english = await (await getSiteFeed(new Request(`${origin}/feed`))).text();
    const ukrainian = await (await getUkSiteFeed(new Request(`${origin}/uk/feed`))).text();
    expect(english).toContain("English story");
    expect(english).not.toContain("Новина");
    expect(ukrainian).toContain("<language>uk-UA</language>");
    expect(ukrainian).toContain(`<link>${origin}/uk/novyna</link>`);
    expect(ukrainian).not.toContain("English story");
    const sectionFeed = await getUkSectionFeed(new Request(`${origin}/uk/viina/feed`), {
      params: Promise.resolve({ slug: "viina" }),
    });
    expect(await sectionFeed.text()).toContain("Новина");
  });
});
