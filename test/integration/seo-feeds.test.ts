import { beforeEach, describe, expect, it } from "vitest";
import { GET as getSectionFeed } from "@/app/(public)/[slug]/feed/route";
import { GET as getAuthorFeed } from "@/app/(public)/author/[slug]/feed/route";
import { GET as getTagFeed } from "@/app/(public)/tag/[slug]/feed/route";
import { GET as getSiteFeed } from "@/app/feed/route";
import { refreshArticlePages } from "./cache-support";
import { FEED_ITEMS } from "@/lib/seo/feed-queries";
import { siteOrigin } from "@/lib/seo/urls";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection, createTag } from "./factories";
import { checkRss } from "./seo-protocols";

beforeEach(truncateAll);

const origin = siteOrigin();
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function read(response: Response, selfPath: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  return checkRss(await response.text(), origin, `${origin}${selfPath}`);
}

async function newsroom() {
  const war = await createSection({ slug: "war", name: "War" });
  const national = await createSection({ slug: "national", name: "National" });
  const drones = await createTag({ slug: "drones" });
  const anna = await createAuthor({ slug: "anna-k", name: "Anna K" });
  const oleh = await createAuthor({ slug: "oleh-p", name: "Oleh P" });
  const hero = await testDb().media.create({
    data: {
      kind: "IMAGE",
      storageKey: "images/ab/hero.jpg",
      mimeType: "image/jpeg",
      bytes: 1000,
      width: 1600,
      height: 900,
      sha256: "hero-sha",
      credit: "(Jane/Agency)",
    },
  });
  const lead = await createArticle({
    slug: "lead-story",
    title: "Drones & missiles hit Kyiv",
    sectionId: war.id,
    tagIds: [drones.id],
    authorIds: [anna.id, oleh.id],
    publishedAt: new Date(Date.now() - 60_000),
    body: {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Read " },
            { type: "text", text: "more", marks: [{ type: "link", attrs: { href: "/about" } }] },
          ],
        },
      ],
    },
  });
  await testDb().article.update({ where: { id: lead.id }, data: { heroImageId: hero.id } });
  const other = await createArticle({
    slug: "national-story",
    sectionId: national.id,
    authorIds: [oleh.id],
    publishedAt: new Date(Date.now() - 120_000),
  });
  await createArticle({ slug: "draft", status: "DRAFT", sectionId: war.id, authorIds: [anna.id] });
  await createArticle({ slug: "about", type: "PAGE" });
  return { war, national, drones, anna, oleh, lead, other };
}

describe("RSS feeds", () => {
  it("carry the site's stories with every author, categories, full text and the hero", async () => {
    await newsroom();
    const feed = await read(await getSiteFeed(new Request(`${origin}/feed`)), "/feed");
    expect(feed.items.map((item) => item.link)).toEqual([
      `${origin}/lead-story`,
      `${origin}/national-story`,
    ]);
    const [lead] = feed.items;
    expect(lead).toMatchObject({
      title: "Drones & missiles hit Kyiv",
      creators: ["Anna K", "Oleh P"],
      categories: ["War", expect.stringMatching(/^Tag /)],
      image: `${origin}/media/images/ab/hero.jpg`,
      content: `<p>Read <a href="${origin}/about">more</a></p>`,
    });
    expect(lead?.guid).toMatch(/:article:/);
  });

  it("keep an item's guid when its slug changes", async () => {
    const { lead, war, drones, anna, oleh } = await newsroom();
    const before = await read(await getSiteFeed(new Request(`${origin}/feed`)), "/feed");
    await testDb().article.update({ where: { id: lead.id }, data: { slug: "renamed-story" } });
    await refreshArticlePages({
      id: lead.id,
      slugs: ["lead-story", "renamed-story"],
      sectionIds: [war.id],
      tagIds: [drones.id],
      authorIds: [anna.id, oleh.id],
    });
    const after = await read(await getSiteFeed(new Request(`${origin}/feed`)), "/feed");
    expect(after.items[0]?.link).toBe(`${origin}/renamed-story`);
    expect(after.items[0]?.guid).toBe(before.items[0]?.guid);
  });

  it("follow one section, tag or author", async () => {
    const { war } = await newsroom();
    const section = await read(
      await getSectionFeed(new Request(`${origin}/war/feed`), slugParams("war")),
      "/war/feed",
    );
    expect(section.title).toBe("War | Newsroom");
    expect(section.items.map((item) => item.link)).toEqual([`${origin}/lead-story`]);
    const tag = await read(
      await getTagFeed(new Request(`${origin}/tag/drones/feed`), slugParams("drones")),
      "/tag/drones/feed",
    );
    expect(tag.items.map((item) => item.link)).toEqual([`${origin}/lead-story`]);
    const author = await read(
      await getAuthorFeed(new Request(`${origin}/author/oleh-p/feed`), slugParams("oleh-p")),
      "/author/oleh-p/feed",
    );
    expect(author.items.map((item) => item.link)).toEqual([
      `${origin}/lead-story`,
      `${origin}/national-story`,
    ]);

    // A section's old slug follows it; articles and unknown slugs have no feed.
    await testDb().route.create({ data: { slug: "the-war", sectionId: war.id, canonical: false } });
    const moved = await getSectionFeed(
      new Request(`${origin}/the-war/feed`),
      slugParams("the-war"),
    );
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`${origin}/war/feed`);
    for (const slug of ["lead-story", "about", "nothing-here"]) {
      const response = await getSectionFeed(
        new Request(`${origin}/${slug}/feed`),
        slugParams(slug),
      );
      expect(response.status, slug).toBe(404);
    }
    expect((await getTagFeed(new Request(`${origin}/tag/x/feed`), slugParams("x"))).status).toBe(
      404,
    );
  });

  it(`hold the latest ${FEED_ITEMS} stories and refresh on publish`, async () => {
    const { war } = await newsroom();
    for (let i = 0; i < FEED_ITEMS; i++) {
      await createArticle({
        sectionId: war.id,
        publishedAt: new Date(Date.now() - 3_600_000 - i * 1000),
      });
    }
    const first = await read(await getSiteFeed(new Request(`${origin}/feed`)), "/feed");
    expect(first.items).toHaveLength(FEED_ITEMS);

    const story = await createArticle({
      slug: "just-published",
      sectionId: war.id,
      publishedAt: new Date(),
    });
    const cached = await read(await getSiteFeed(new Request(`${origin}/feed`)), "/feed");
    expect(cached.items[0]?.link).toBe(`${origin}/lead-story`);
    await refreshArticlePages({
      id: story.id,
      slugs: [story.slug],
      sectionIds: [war.id],
      tagIds: [],
      authorIds: [],
    });
    for (const [response, path] of [
      [await getSiteFeed(new Request(`${origin}/feed`)), "/feed"],
      [await getSectionFeed(new Request(`${origin}/war/feed`), slugParams("war")), "/war/feed"],
    ] as const) {
      expect((await read(response, path)).items[0]?.link).toBe(`${origin}/just-published`);
    }
  });

  it("answer a poll for an unchanged feed with 304", async () => {
    await newsroom();
    const first = await getSiteFeed(new Request(`${origin}/feed`));
    const again = await getSiteFeed(
      new Request(`${origin}/feed`, { headers: { "if-none-match": first.headers.get("etag")! } }),
    );
    expect(again.status).toBe(304);
    expect(first.headers.get("last-modified")).toMatch(/GMT$/);
  });

  it("answer If-Modified-Since after an edit with the edited feed, not a 304", async () => {
    const { lead } = await newsroom();
    const first = await getSiteFeed(new Request(`${origin}/feed`));
    const since = first.headers.get("last-modified")!;
    // A headline fixed: no publication or update time moves.
    await testDb().article.update({
      where: { id: lead.id },
      data: { title: "Drones and missiles hit Kyiv overnight" },
    });
    await refreshArticlePages({
      id: lead.id,
      slugs: [lead.slug],
      sectionIds: [lead.sectionId],
      tagIds: [],
      authorIds: [],
    });
    const again = await getSiteFeed(
      new Request(`${origin}/feed`, { headers: { "if-modified-since": since } }),
    );
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Drones and missiles hit Kyiv overnight");
    expect(Date.parse(again.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(since));
  });
});
