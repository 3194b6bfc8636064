import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getSlugFeed } from "@/app/(public)/[slug]/feed/route";
import { GET as getSiteFeed } from "@/app/feed/route";
import { GET as getFragment } from "@/app/fragments/live/[id]/route";
import { createUpdateAction } from "@/lib/liveblog/actions";
import { getChildSitemap } from "@/lib/seo/sitemaps";
import { formatSitemapName } from "@/lib/seo/sitemap-names";
import { siteOrigin } from "@/lib/seo/urls";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";
import { createLiveBlog, seedUpdates, text } from "./liveblog-support";
import { checkNewsSitemap, checkRss, checkUrlset } from "./seo-protocols";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

beforeEach(async () => {
  await truncateAll();
  await testDb().siteSettings.create({ data: { id: 1, name: "Dispatch" } });
});

const origin = siteOrigin();
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const DAY = 24 * 3_600_000;

describe("a live blog's feeds and sitemaps", () => {
  it("has an RSS feed of its updates at /{slug}/feed, and is one item of the site feed", async () => {
    const blog = await createLiveBlog();
    await seedUpdates(blog.id, 3);
    const feed = await getSlugFeed(
      new Request(`${origin}/${blog.slug}/feed`),
      slugParams(blog.slug),
    );
    expect(feed.status).toBe(200);
    const rss = checkRss(await feed.text(), origin, `${origin}/${blog.slug}/feed`);
    expect(rss.items.map((item) => item.title)).toEqual(["Update 3", "Update 2", "Update 1"]);
    expect(rss.items[0]?.link).toMatch(new RegExp(`^${origin}/${blog.slug}/updates/`));

    const site = checkRss(
      await (await getSiteFeed(new Request(`${origin}/feed`))).text(),
      origin,
      `${origin}/feed`,
    );
    expect(site.items.filter((item) => item.link === `${origin}/${blog.slug}`)).toHaveLength(1);
    expect(site.items.some((item) => item.link.includes("/updates/"))).toBe(false);

    // An ordinary story still has no feed of its own.
    const story = await createArticle();
    expect(
      (await getSlugFeed(new Request(`${origin}/${story.slug}/feed`), slugParams(story.slug)))
        .status,
    ).toBe(404);
  });

  it("dates the live blog in the sitemap by its newest update, and lists it in the news sitemap while live", async () => {
    // Started three days ago: out of the news sitemap's 48 hours, but live.
    const blog = await createArticle({
      type: "LIVE_BLOG",
      publishedAt: new Date(Date.now() - 3 * DAY),
    });
    await testDb().liveBlog.create({ data: { articleId: blog.id } });
    actAs(await createStaff({ role: "EDITOR" }));
    const posted = await createUpdateAction({
      liveBlogId: blog.id,
      title: "",
      body: text("Now."),
      intent: "publish",
      scheduledAt: "",
    });
    expect(posted.ok).toBe(true);
    const newest = (await testDb().liveUpdate.findFirstOrThrow({ select: { publishedAt: true } }))
      .publishedAt!;

    const published = blog.publishedAt!;
    const name = {
      kind: "articles" as const,
      year: published.getUTCFullYear(),
      month: published.getUTCMonth() + 1,
      part: 1,
    };
    const urls = checkUrlset((await getChildSitemap(name))!.body, origin);
    const entry = urls.find((url) => url.loc === `${origin}/${blog.slug}`);
    expect(entry?.lastmod, formatSitemapName(name)).toBe(
      newest.toISOString().replace(/\.\d{3}Z$/, "Z"),
    );

    const news = checkNewsSitemap((await getChildSitemap({ kind: "news" }))!.body, origin);
    expect(news.map((item) => item.loc)).toContain(`${origin}/${blog.slug}`);
    await testDb().liveBlog.update({ where: { articleId: blog.id }, data: { state: "ENDED" } });
    const { invalidate } = await import("@/lib/cache/invalidate");
    await invalidate(testDb(), ["sitemap"]);
    const after = checkNewsSitemap((await getChildSitemap({ kind: "news" }))!.body, origin);
    expect(after.map((item) => item.loc)).not.toContain(`${origin}/${blog.slug}`);
  });

  it("serves the newest updates to open pages as a small cached answer tagged for the edge", async () => {
    const blog = await createLiveBlog();
    await seedUpdates(blog.id, 2);
    const response = await getFragment(new Request(`${origin}/fragments/live/${blog.id}`), {
      params: Promise.resolve({ id: blog.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("s-maxage");
    expect(response.headers.get("x-newsroom-cache-tags")).toContain(`live:${blog.id}`);
    const body = (await response.json()) as { state: string; updates: { id: string }[] };
    expect(body.state).toBe("LIVE");
    expect(body.updates).toHaveLength(2);
    // A poll that finds nothing new is a 304 without a body.
    const etag = response.headers.get("etag")!;
    const again = await getFragment(
      new Request(`${origin}/fragments/live/${blog.id}`, { headers: { "If-None-Match": etag } }),
      { params: Promise.resolve({ id: blog.id }) },
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const stale = await getFragment(
      new Request(`${origin}/fragments/live/${blog.id}`, { headers: { "If-None-Match": '"old"' } }),
      { params: Promise.resolve({ id: blog.id }) },
    );
    expect(stale.status).toBe(200);
    const story = await createArticle();
    const missing = await getFragment(new Request(`${origin}/fragments/live/${story.id}`), {
      params: Promise.resolve({ id: story.id }),
    });
    expect(missing.status).toBe(404);
  });
});
