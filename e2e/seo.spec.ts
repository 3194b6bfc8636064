import { expect, test, type Browser, type APIRequestContext, type Page } from "@playwright/test";
import {
  checkNewsSitemap,
  checkRss,
  checkSitemapIndex,
  checkUrlset,
} from "../test/integration/seo-protocols";
import { seedFixtures } from "./fixtures";

/**
 * What search engines, social networks and feed readers get: metadata in the
 * server's HTML (read with JavaScript off, as a crawler reads it), JSON-LD,
 * sitemaps, robots.txt, feeds and the generated images.
 */
const fixtures = seedFixtures();

type LdNode = Record<string, unknown> & { "@type": string };

/** The page as the server sent it, without JavaScript. */
async function crawl(browser: Browser, path: string): Promise<{ page: Page; status: number }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(path);
  return { page, status: response?.status() ?? 0 };
}

async function jsonLd(page: Page): Promise<LdNode[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as LdNode & { "@graph"?: LdNode[] };
    expect(data["@context"]).toBe("https://schema.org");
    return data["@graph"] ?? [data];
  });
}

const meta = (page: Page, key: string) =>
  page
    .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
    .first()
    .getAttribute("content");

async function text(request: APIRequestContext, path: string, type: RegExp): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(type);
  return response.text();
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

test.describe("search engines and the open web", () => {
  test("robots.txt points to the sitemap index and keeps crawlers out of staff areas", async ({
    request,
    baseURL,
  }) => {
    const robots = await text(request, "/robots.txt", /^text\/plain/);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    for (const area of ["/editor", "/search", "/preview", "/api", "/login"]) {
      expect(robots).toContain(`Disallow: ${area}$`);
      expect(robots).toContain(`Disallow: ${area}/`);
    }
    // Prefix rules would also shut out "/editorial-…" stories.
    expect(robots).not.toMatch(/^Disallow: \/editor\s*$/m);
  });

  test("the sitemap index and every sitemap it lists are valid and complete", async ({
    request,
    baseURL,
  }) => {
    const origin = baseURL!;
    const index = checkSitemapIndex(
      await text(request, "/sitemap.xml", /^application\/xml/),
      origin,
    );
    const locs: string[] = [];
    let news: ReturnType<typeof checkNewsSitemap> = [];
    for (const entry of index) {
      const body = await text(request, new URL(entry.loc).pathname, /^application\/xml/);
      // Each edition's news sitemap lists stories the article sitemaps list too.
      if (entry.loc.endsWith("/news.xml")) news = checkNewsSitemap(body, origin);
      else if (/\/news-[a-z]+\.xml$/.test(entry.loc)) checkNewsSitemap(body, origin);
      else locs.push(...checkUrlset(body, origin).map((url) => url.loc));
    }
    expect(locs).toContain(`${origin}/${fixtures.published.slug}`);
    expect(locs).toContain(`${origin}/${fixtures.page.slug}`);
    expect(locs).toContain(`${origin}/${fixtures.section.slug}`);
    expect(locs).not.toContain(`${origin}/${fixtures.draft.slug}`);
    expect(locs).not.toContain(`${origin}/${fixtures.scheduled.slug}`);
    expect(new Set(locs).size).toBe(locs.length);
    expect(news.map((item) => item.loc)).toContain(`${origin}/${fixtures.published.slug}`);
    expect(news[0]?.name).toBe("The Northern Dispatch");
  });

  test("every page type has its title, description, canonical URL, cards and feed links", async ({
    browser,
    baseURL,
  }) => {
    const article = await crawl(browser, `/${fixtures.published.slug}`);
    const tagPath = await article.page.locator(".tag-chips a").first().getAttribute("href");
    const authorPath = await article.page.locator(".byline a").first().getAttribute("href");
    const pages = [
      { path: "/", type: "website", feed: "/feed" },
      { path: `/${fixtures.published.slug}`, type: "article", feed: "/feed" },
      { path: `/${fixtures.page.slug}`, type: "website", feed: "/feed" },
      {
        path: `/${fixtures.section.slug}`,
        type: "website",
        feed: `/${fixtures.section.slug}/feed`,
      },
      { path: tagPath!, type: "website", feed: `${tagPath}/feed` },
      { path: authorPath!, type: "profile", feed: `${authorPath}/feed` },
      { path: "/news-feed", type: "website", feed: "/feed" },
    ];
    const titles = new Set<string>();
    for (const { path, type, feed } of pages) {
      const { page, status } = await crawl(browser, path);
      expect(status, path).toBe(200);
      const title = await page.title();
      expect(title, path).toContain("The Northern Dispatch");
      titles.add(title);
      expect(await meta(page, "description"), path).toBeTruthy();
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical!).href, path).toBe(new URL(path, baseURL).href);
      expect(await meta(page, "og:type"), path).toBe(type);
      expect(await meta(page, "og:url"), path).toBe(canonical);
      expect(await meta(page, "og:title"), path).toBeTruthy();
      expect(await meta(page, "og:image"), path).toMatch(new RegExp(`^${baseURL}/`));
      expect(await meta(page, "twitter:card"), path).toBe("summary_large_image");
      // Indexable; articles and pages let Discover and results show their pictures large.
      const robots = await page
        .locator('head meta[name="robots"]')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content")));
      expect(robots, path).toEqual(
        type === "article" || path === `/${fixtures.page.slug}` ? ["max-image-preview:large"] : [],
      );
      const feeds = await page
        .locator('head link[rel="alternate"][type="application/rss+xml"]')
        .evaluateAll((links) => links.map((link) => new URL(link.getAttribute("href")!).pathname));
      expect(feeds, path).toContain(feed);
      await page.context().close();
    }
    expect(titles.size).toBe(pages.length);

    const { page } = article;
    expect(await meta(page, "article:published_time")).toMatch(ISO);
    expect(await meta(page, "article:section")).toBeTruthy();
    expect(await page.locator('head meta[property="article:author"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  test("titles name the site once: not twice on About, not missing on a 404", async ({
    browser,
  }) => {
    const about = await crawl(browser, `/${fixtures.page.slug}`);
    const title = await about.page.title();
    expect(title.match(/The Northern Dispatch/g)).toHaveLength(1);
    expect(title).toBe(fixtures.page.title);
    await about.page.context().close();
    for (const path of ["/no-such-story-anywhere", "/tag/no-such-tag", "/search/deeper/nothing"]) {
      const missing = await crawl(browser, path);
      expect(missing.status, path).toBe(404);
      expect(await missing.page.title(), path).toBe("Page not found | The Northern Dispatch");
      await missing.page.context().close();
    }
  });

  test("search results, deeper list pages and missing pages are not indexed", async ({
    browser,
  }) => {
    const search = await crawl(browser, "/search?q=drones");
    expect(await meta(search.page, "robots")).toBe("noindex, follow");
    const missing = await crawl(browser, "/no-such-story-anywhere");
    expect(missing.status).toBe(404);
    expect(await meta(missing.page, "robots")).toContain("noindex");
    const feed = await crawl(browser, "/news-feed");
    const older = await feed.page
      .getByRole("link", { name: "Older stories →" })
      .getAttribute("href");
    const deeper = await crawl(browser, older!);
    expect(await meta(deeper.page, "robots")).toBe("noindex, follow");
  });

  test("articles carry NewsArticle, every author, corrections and a breadcrumb in JSON-LD", async ({
    browser,
    baseURL,
  }) => {
    const { page } = await crawl(browser, `/${fixtures.withCorrection.slug}`);
    const nodes = await jsonLd(page);
    const article = nodes.find((node) => /NewsArticle$/.test(node["@type"]));
    expect(article).toBeDefined();
    expect(article!.headline).toBe(fixtures.withCorrection.title);
    expect(article!.datePublished).toMatch(ISO);
    expect(article!.dateModified).toMatch(ISO);
    expect(article!.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": `${baseURL}/${fixtures.withCorrection.slug}`,
    });
    const authors = article!.author as { "@type": string; name: string; url: string }[];
    const bylines = await page.locator(".byline a").allTextContents();
    expect(authors.map((author) => author.name)).toEqual(bylines);
    for (const author of authors) {
      expect(author["@type"]).toBe("Person");
      expect(author.url).toMatch(new RegExp(`^${baseURL}/author/`));
    }
    expect(article!.publisher).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "The Northern Dispatch",
      logo: { "@type": "ImageObject", url: `${baseURL}/og/logo` },
    });
    expect((article!.image as unknown[]).length).toBeGreaterThan(0);
    // Corrections and clarifications are machine-readable; updates are not corrections.
    const labels = await page
      .getByRole("region", { name: "Corrections and updates" })
      .locator("li strong")
      .allTextContents();
    const corrections = labels.filter((label) => label !== "Update").length;
    expect(((article!.correction as unknown[] | undefined) ?? []).length).toBe(corrections);
    const breadcrumb = nodes.find((node) => node["@type"] === "BreadcrumbList");
    expect((breadcrumb!.itemListElement as unknown[]).length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  test("home, lists and authors describe themselves in JSON-LD", async ({ browser, baseURL }) => {
    const home = await crawl(browser, "/");
    const homeTypes = (await jsonLd(home.page)).map((node) => node["@type"]);
    expect(homeTypes).toEqual(expect.arrayContaining(["NewsMediaOrganization", "WebSite"]));
    const website = (await jsonLd(home.page)).find((node) => node["@type"] === "WebSite");
    expect(website!.potentialAction).toMatchObject({
      "@type": "SearchAction",
      target: { urlTemplate: `${baseURL}/search?q={search_term_string}` },
    });

    const section = await crawl(browser, `/${fixtures.section.slug}`);
    const collection = (await jsonLd(section.page))[0]!;
    expect(collection["@type"]).toBe("CollectionPage");
    expect((collection.mainEntity as { itemListElement: unknown[] }).itemListElement.length).toBe(
      await section.page.locator(".story-list article").count(),
    );

    const article = await crawl(browser, `/${fixtures.published.slug}`);
    const authorPath = await article.page.locator(".byline a").first().getAttribute("href");
    const author = await crawl(browser, authorPath!);
    expect((await jsonLd(author.page))[0]).toMatchObject({
      "@type": "ProfilePage",
      mainEntity: { "@type": "Person", url: `${baseURL}${authorPath}` },
    });
    for (const { page } of [home, section, article, author]) await page.context().close();
  });

  test("sharing cards are generated 1200×630 PNGs, the logo a square", async ({
    browser,
    request,
  }) => {
    const { page } = await crawl(browser, `/${fixtures.published.slug}`);
    const card = await meta(page, "og:image");
    await page.context().close();
    const size = async (url: string) => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toBe("image/png");
      const png = await response.body();
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(await size(card!)).toEqual([1200, 630]);
    expect(await size("/og/logo")).toEqual([600, 600]);
    expect((await request.get("/og/article/not-a-real-id?v=x")).status()).toBe(404);
  });

  test("RSS feeds for the site, a section, a tag and an author are valid", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { page } = await crawl(browser, `/${fixtures.published.slug}`);
    const tagPath = await page.locator(".tag-chips a").first().getAttribute("href");
    const authorPath = await page.locator(".byline a").first().getAttribute("href");
    await page.context().close();
    for (const path of [
      "/feed",
      `/${fixtures.section.slug}/feed`,
      `${tagPath}/feed`,
      `${authorPath}/feed`,
    ]) {
      const feed = checkRss(
        await text(request, path, /^application\/rss\+xml/),
        baseURL!,
        `${baseURL}${path}`,
      );
      expect(feed.items.length, path).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.creators.length, path).toBeGreaterThan(0);
    }
    const site = checkRss(await text(request, "/feed", /rss/), baseURL!, `${baseURL}/feed`);
    expect(site.items[0]?.link).toBe(`${baseURL}/${fixtures.published.slug}`);
  });

  test("HEAD works and conditional requests save the download", async ({ request }) => {
    for (const path of [`/${fixtures.published.slug}`, "/sitemap.xml", "/feed"]) {
      expect((await request.head(path)).status(), path).toBe(200);
    }
    const first = await request.get("/sitemap.xml");
    const again = await request.get("/sitemap.xml", {
      headers: { "If-None-Match": first.headers()["etag"]! },
    });
    expect(again.status()).toBe(304);
    expect((await request.get(`/${fixtures.draft.slug}`)).status()).toBe(404);
  });
});
