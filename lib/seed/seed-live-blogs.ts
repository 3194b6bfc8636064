import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { emptyDocument } from "@/lib/documents/schema";
import { buildSearchColumns } from "@/lib/search/search-text";
import { DEMO_LIVE_BLOGS, liveUpdateBody, type DemoLiveBlog } from "./demo/live-blogs";
import { pictureByKey } from "./demo/pictures";
import { demoPictureId } from "./seed-pictures";

const LIVE_ACTION = "seed.live";
const MINUTE = 60_000;

/**
 * The demo's live blogs (lib/seed/demo/live-blogs.ts): one still live,
 * with about 40 updates over the 24 hours before the seed, one pinned and
 * several with pictures, and one that has ended. Written once, in one
 * transaction, and recorded so a resumed seed does not write them twice.
 */
export async function seedLiveBlogs(db: Db, now: Date): Promise<number> {
  if (await db.auditLog.findFirst({ where: { action: LIVE_ACTION }, select: { id: true } }))
    return 0;
  const select = { id: true, slug: true, name: true } as const;
  const [sections, tags, authors] = await Promise.all([
    db.section.findMany({ select }),
    db.tag.findMany({ select }),
    db.author.findMany({ select }),
  ]);
  const bySlug = <T extends { slug: string }>(rows: T[]) =>
    new Map(rows.map((row) => [row.slug, row]));
  const refs = { sections: bySlug(sections), tags: bySlug(tags), authors: bySlug(authors) };
  await db.$transaction(async (tx) => {
    for (const blog of DEMO_LIVE_BLOGS) await writeLiveBlog(tx, blog, refs, now);
    await tx.auditLog.create({
      data: {
        action: LIVE_ACTION,
        entityType: "site",
        entityId: "1",
        data: { count: DEMO_LIVE_BLOGS.length },
      },
    });
  });
  return DEMO_LIVE_BLOGS.length;
}

type Row = { id: string; slug: string; name: string };

async function writeLiveBlog(
  db: Prisma.TransactionClient,
  blog: DemoLiveBlog,
  refs: { sections: Map<string, Row>; tags: Map<string, Row>; authors: Map<string, Row> },
  now: Date,
) {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * MINUTE);
  const id = randomUUID();
  const publishedAt = at(blog.startedMinutesAgo);
  const tagRows = blog.tagSlugs.flatMap((slug) => refs.tags.get(slug) ?? []);
  const authorRows = blog.authorSlugs.flatMap((slug) => refs.authors.get(slug) ?? []);
  const hero = pictureByKey(blog.heroKey);
  const updates = blog.updates.map((update) => ({
    id: randomUUID(),
    liveBlogId: id,
    authorId: refs.authors.get(update.author)?.id ?? null,
    title: update.title ?? "",
    body: liveUpdateBody(update, demoPictureId),
    pinned: update.pinned ?? false,
    status: "PUBLISHED" as const,
    publishedAt: at(update.minutesAgo),
    createdAt: at(update.minutesAgo),
  }));
  const newest = updates.reduce<Date | null>(
    (latest, update) => (!latest || update.publishedAt > latest ? update.publishedAt : latest),
    null,
  );
  await db.article.create({
    data: {
      id,
      slug: blog.slug,
      title: blog.title,
      standfirst: blog.standfirst,
      body: emptyDocument,
      type: "LIVE_BLOG",
      status: "PUBLISHED",
      publishedAt,
      sectionId: refs.sections.get(blog.sectionSlug)?.id ?? null,
      heroImageId: demoPictureId(blog.heroKey),
      heroAlt: hero.alt,
      heroCaption: blog.heroCaption,
      heroCredit: "(Photo: The Northern Dispatch)",
      // The live one leads the home page while it runs.
      featured: blog.endedMinutesAgo === null,
      ...buildSearchColumns({
        body: emptyDocument,
        tagNames: tagRows.map((tag) => tag.name),
        authorNames: authorRows.map((author) => author.name),
        // Newest first, as refreshLiveSearchText writes it once the desk posts.
        updates: [...updates].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
      }),
      createdAt: publishedAt,
      authors: {
        create: authorRows.map((author, position) => ({
          authorId: author.id,
          position,
          publishedAt,
        })),
      },
      tags: { create: tagRows.map((tag, position) => ({ tagId: tag.id, position, publishedAt })) },
    },
  });
  await db.route.create({ data: { slug: blog.slug, articleId: id } });
  await db.liveBlog.create({
    data: {
      articleId: id,
      state: blog.endedMinutesAgo === null ? "LIVE" : "ENDED",
      coverageStartAt: publishedAt,
      coverageEndAt: blog.endedMinutesAgo === null ? null : at(blog.endedMinutesAgo),
      keyPoints: blog.keyPoints,
      lastUpdateAt: newest,
    },
  });
  await db.liveUpdate.createMany({ data: updates });
}
