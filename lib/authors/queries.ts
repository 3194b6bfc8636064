import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { mediaSelect, toImage } from "@/lib/articles/mappers";
import { parseAuthorLinks } from "@/lib/authors/labels";
import { db } from "@/lib/db";
import type { AuthorPageDto } from "./dto";

export const getAuthorBySlug = cache((slug: string): Promise<AuthorPageDto | null> =>
  cached(`author:${slug}`, 10 * MINUTE, async () => {
    const row = await db.author.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        jobTitle: true,
        bio: true,
        links: true,
        avatar: { select: mediaSelect },
      },
    });
    if (!row) return { value: null, tags: [tags.authors] };
    const { avatar, ...author } = row;
    return {
      value: { ...author, links: parseAuthorLinks(row.links), avatar: toImage(avatar) },
      tags: [
        tags.authors,
        tags.author(row.id),
        // A replaced or edited portrait refreshes the author's page.
        ...(avatar ? [tags.media(avatar.id)] : []),
      ],
    };
  }),
);

/** Every byline, alphabetically, for filters and pickers. */
export const listAuthors = cache((): Promise<{ slug: string; name: string }[]> =>
  cached("authors:all", 10 * MINUTE, async () => ({
    // Only bylines readers can already see: a guest whose first piece is
    // still embargoed stays unnamed. (The mirror is set only while published.)
    value: await db.author.findMany({
      where: { articles: { some: { publishedAt: { lte: new Date() } } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
    tags: [tags.authors],
  })),
);
