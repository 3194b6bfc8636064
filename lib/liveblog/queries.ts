import "server-only";
import { cache } from "react";
import { encodeCursor, type StoryCursor } from "@/lib/articles/cursor";
import {
  mediaSelect,
  summarySelect,
  summaryTags,
  toImage,
  toSummary,
} from "@/lib/articles/mappers";
import type { ArticleSummaryDto, ImageDto } from "@/lib/articles/dto";
import { publicStoryFilter } from "@/lib/articles/rules";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { documentReferences, sanitizeDocument } from "@/lib/documents/sanitize";
import type { LatestUpdatesDto, LiveBlogDto, LiveStreamDto, LiveUpdateDto } from "./dto";
import {
  compareNewestFirst,
  keysetFilter,
  LATEST_LIMIT,
  MAX_PINNED,
  pageOfStream,
  publicUpdateFilter,
  UPDATES_PER_PAGE,
} from "./rules";

/**
 * Reader reads of live blogs, each through the tagged data cache: the
 * stream, its pages, one update and the newest few carry `live:<id>`, so a
 * new, edited or deleted update refreshes exactly them (and the pages,
 * feed and fragment built from them), not every page that lists the story.
 */

const updateSelect = {
  id: true,
  title: true,
  body: true,
  pinned: true,
  status: true,
  publishedAt: true,
  version: true,
  author: { select: { id: true, slug: true, name: true } },
} as const;

type UpdateRow = {
  id: string;
  title: string;
  body: unknown;
  pinned: boolean;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  publishedAt: Date | null;
  version: number;
  author: { id: string; slug: string; name: string } | null;
};

/** The live blog's own state, or null when the article is not a live blog. */
export const getLiveBlog = cache((articleId: string): Promise<LiveBlogDto | null> =>
  cached(`live:blog:${articleId}`, 60 * MINUTE, async () => {
    const row = await db.liveBlog.findUnique({
      where: { articleId },
      select: {
        articleId: true,
        state: true,
        coverageStartAt: true,
        coverageEndAt: true,
        keyPoints: true,
        lastUpdateAt: true,
        article: { select: { publishedAt: true } },
      },
    });
    const blogTags = [tags.live(articleId), tags.article(articleId)];
    if (!row) return { value: null, tags: blogTags };
    return {
      value: {
        articleId: row.articleId,
        state: row.state,
        coverageStartAt: row.coverageStartAt ?? row.article.publishedAt ?? new Date(0),
        coverageEndAt: row.coverageEndAt,
        keyPoints: row.keyPoints,
        lastUpdateAt: row.lastUpdateAt,
      },
      tags: blogTags,
    };
  }),
);

/** One page of the stream: pinned updates on the first, then newest first. */
export const getLiveStream = cache(
  (articleId: string, before: StoryCursor | null): Promise<LiveStreamDto> =>
    cached(`live:stream:${articleId}:${before ? encodeCursor(before) : "first"}`, 10 * MINUTE, () =>
      loadStream(articleId, before),
    ),
);

async function loadStream(articleId: string, before: StoryCursor | null) {
  const now = new Date();
  const visible = { liveBlogId: articleId, ...publicUpdateFilter(now) };
  const [pinnedRows, total] = await Promise.all([
    db.liveUpdate.findMany({
      where: { ...visible, pinned: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: MAX_PINNED,
      select: updateSelect,
    }),
    db.liveUpdate.count({ where: visible }),
  ]);
  const rows = await db.liveUpdate.findMany({
    where: {
      ...visible,
      id: { notIn: pinnedRows.map((row) => row.id) },
      AND: [keysetFilter(before)],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: UPDATES_PER_PAGE + 1,
    select: updateSelect,
  });
  const page = pageOfStream(rows, pinnedRows, { first: !before });
  const shown = [...page.pinned, ...page.updates];
  const { media, mediaTags } = await loadMedia(shown);
  return {
    value: {
      pinned: page.pinned.map((row) => toUpdate(row, media)),
      updates: page.updates.map((row) => toUpdate(row, media)),
      older: page.older ? encodeCursor(page.older) : null,
      total,
    },
    tags: [tags.live(articleId), ...updateTags(shown), ...mediaTags],
  };
}

/** One public update of the live blog, for its own page; null for anything else. */
export const getLiveUpdate = cache(
  (articleId: string, updateId: string): Promise<LiveUpdateDto | null> =>
    cached(`live:update:${articleId}:${updateId}`, 10 * MINUTE, async () => {
      const row = await db.liveUpdate.findFirst({
        where: { id: updateId, liveBlogId: articleId, ...publicUpdateFilter() },
        select: updateSelect,
      });
      if (!row) return { value: null, tags: [tags.live(articleId)] };
      const { media, mediaTags } = await loadMedia([row]);
      return {
        value: toUpdate(row, media),
        tags: [tags.live(articleId), ...updateTags([row]), ...mediaTags],
      };
    }),
);

/**
 * The newest updates, pinned or not, newest first: what the open page's
 * island polls (app/fragments/live) and the live blog's RSS shows.
 */
export const getLatestUpdates = cache(
  (articleId: string, limit: number = LATEST_LIMIT): Promise<LatestUpdatesDto | null> =>
    cached(`live:latest:${articleId}:${limit}`, 10 * MINUTE, async () => {
      const blog = await db.liveBlog.findUnique({
        where: { articleId },
        select: { state: true },
      });
      if (!blog) return { value: null, tags: [tags.live(articleId)] };
      const rows = await db.liveUpdate.findMany({
        where: { liveBlogId: articleId, ...publicUpdateFilter() },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: limit,
        select: updateSelect,
      });
      const { media, mediaTags } = await loadMedia(rows);
      return {
        value: {
          state: blog.state,
          updates: [...rows].sort(compareNewestFirst).map((row) => toUpdate(row, media)),
        },
        tags: [tags.live(articleId), ...updateTags(rows), ...mediaTags],
      };
    }),
);

/**
 * Live blogs whose coverage goes on, newest first: the home page's "Live
 * now" strip. It shows the stories, not their updates, so it carries the
 * story lists' tags (a live blog starts with a publish and ends with a
 * change of its own), never `live:<id>`: an update does not re-render it.
 */
export const listLiveNow = cache((limit: number = 2): Promise<ArticleSummaryDto[]> =>
  cached(`live:now:${limit}`, 10 * MINUTE, async () => {
    const rows = await db.article.findMany({
      where: {
        ...publicStoryFilter(),
        type: "LIVE_BLOG",
        // Live until ended; one not yet touched on the desk has no row yet.
        OR: [{ liveBlog: { is: null } }, { liveBlog: { is: { state: "LIVE" } } }],
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: summarySelect,
    });
    return { value: rows.map(toSummary), tags: [tags.feed, ...rows.flatMap(summaryTags)] };
  }),
);

async function loadMedia(rows: readonly UpdateRow[]) {
  const ids = [
    ...new Set(rows.flatMap((row) => documentReferences(sanitizeDocument(row.body)).mediaIds)),
  ];
  const found = ids.length
    ? await db.media.findMany({ where: { id: { in: ids } }, select: mediaSelect })
    : [];
  const media: Record<string, ImageDto> = {};
  for (const item of found) {
    const image = toImage(item);
    if (image) media[item.id] = image;
  }
  return { media, mediaTags: found.map((item) => tags.media(item.id)) };
}

function updateTags(rows: readonly UpdateRow[]): string[] {
  return rows.flatMap((row) => (row.author ? [tags.author(row.author.id)] : []));
}

function toUpdate(row: UpdateRow, media: Record<string, ImageDto>): LiveUpdateDto {
  const body = sanitizeDocument(row.body);
  const ids = documentReferences(body).mediaIds;
  return {
    id: row.id,
    title: row.title,
    body,
    author: row.author ? { slug: row.author.slug, name: row.author.name } : null,
    publishedAt: row.publishedAt ?? new Date(0),
    pinned: row.pinned,
    version: row.version,
    media: Object.fromEntries(ids.flatMap((id) => (media[id] ? [[id, media[id]]] : []))),
  };
}
