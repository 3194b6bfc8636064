import "server-only";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/manage/audit";

export interface ArticleUse {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  createdById: string | null;
  authorIds: string[];
}

/** Some of the places of one kind (the most recently updated first), and how many there are. */
export interface UsageList<T> {
  items: T[];
  total: number;
}

/** Every place an image appears: as a hero, a sharing image, in a body, as an avatar. */
export interface MediaUsage {
  hero: UsageList<ArticleUse>;
  seo: UsageList<ArticleUse>;
  body: UsageList<ArticleUse>;
  avatars: UsageList<{ id: string; name: string; slug: string }>;
}

/** Places named per kind; a demo photo on thousands of stories needs no list of thousands. */
export const USAGE_LIST_LIMIT = 20;

const articleSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  publishedAt: true,
  createdById: true,
  authors: { select: { authorId: true }, orderBy: { position: "asc" } },
} as const;

type ArticleRow = {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  createdById: string | null;
  authors: { authorId: string }[];
};

const toUse = ({ authors, ...row }: ArticleRow): ArticleUse => ({
  ...row,
  authorIds: authors.map((author) => author.authorId),
});

/**
 * Articles whose body places the image, or one of whose live updates does
 * (an update is part of its live blog's text, drafts included: deleting the
 * picture would break them). Images are top-level blocks of the body
 * document (lib/documents/schema.ts), so JSON containment finds them
 * exactly, on PostgreSQL and PGlite alike, without matching the id as text
 * somewhere else (a link, a caption).
 */
export async function articlesWithImageInBody(tx: Tx, mediaId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH placed AS (
      SELECT jsonb_build_object(
        'content',
        jsonb_build_array(
          jsonb_build_object('type', 'image', 'attrs', jsonb_build_object('mediaId', ${mediaId}::text))
        )
      ) AS block
    )
    SELECT a.id FROM "Article" a, placed WHERE a.body @> placed.block
    UNION
    SELECT u."liveBlogId" FROM "LiveUpdate" u, placed WHERE u.body @> placed.block`;
  return rows.map((row) => row.id);
}

export async function findMediaUsage(
  tx: Tx,
  mediaId: string,
  take = USAGE_LIST_LIMIT,
): Promise<MediaUsage> {
  const bodyIds = await articlesWithImageInBody(tx, mediaId);
  const order = { updatedAt: "desc" } as const;
  const hero = { heroImageId: mediaId };
  const seo = { seoImageId: mediaId };
  const avatar = { avatarId: mediaId };
  const [heroRows, heroTotal, seoRows, seoTotal, bodyRows, avatars, avatarTotal] =
    await Promise.all([
      tx.article.findMany({ where: hero, orderBy: order, take, select: articleSelect }),
      tx.article.count({ where: hero }),
      tx.article.findMany({ where: seo, orderBy: order, take, select: articleSelect }),
      tx.article.count({ where: seo }),
      bodyIds.length
        ? tx.article.findMany({
            where: { id: { in: bodyIds } },
            orderBy: order,
            take,
            select: articleSelect,
          })
        : [],
      tx.author.findMany({
        where: avatar,
        orderBy: { name: "asc" },
        take,
        select: { id: true, name: true, slug: true },
      }),
      tx.author.count({ where: avatar }),
    ]);
  return {
    hero: { items: heroRows.map(toUse), total: heroTotal },
    seo: { items: seoRows.map(toUse), total: seoTotal },
    body: { items: bodyRows.map(toUse), total: bodyIds.length },
    avatars: { items: avatars, total: avatarTotal },
  };
}

/**
 * Every article and byline showing the image, as ids: what a change of its
 * text must refresh. Ids only, however many there are.
 */
export async function mediaPlaces(
  tx: Tx,
  mediaId: string,
): Promise<{ articleIds: string[]; authorIds: string[] }> {
  const [bodyIds, placed, authors] = await Promise.all([
    articlesWithImageInBody(tx, mediaId),
    tx.article.findMany({
      where: { OR: [{ heroImageId: mediaId }, { seoImageId: mediaId }] },
      select: { id: true },
    }),
    tx.author.findMany({ where: { avatarId: mediaId }, select: { id: true } }),
  ]);
  return {
    articleIds: [...new Set([...bodyIds, ...placed.map((row) => row.id)])],
    authorIds: authors.map((row) => row.id),
  };
}

export function usageCount(usage: MediaUsage): number {
  return usage.hero.total + usage.seo.total + usage.body.total + usage.avatars.total;
}

/** "“A”, “B” and 3 more": names enough to find them, not a list of thousands. */
function names(list: UsageList<string>): string {
  const shown = list.items.slice(0, 3);
  const more = list.total - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/** "as the hero image of “A”; in the text of “B” and as the picture of C": for a refusal. */
export function describeUsage(usage: MediaUsage): string {
  const titles = (list: UsageList<ArticleUse>) =>
    names({ items: list.items.map((a) => `“${a.title}”`), total: list.total });
  const parts = [
    usage.hero.total ? `as the hero image of ${titles(usage.hero)}` : null,
    usage.seo.total ? `as the sharing image of ${titles(usage.seo)}` : null,
    usage.body.total ? `in the text of ${titles(usage.body)}` : null,
    usage.avatars.total
      ? `as the picture of ${names({ items: usage.avatars.items.map((a) => a.name), total: usage.avatars.total })}`
      : null,
  ].filter((part): part is string => part !== null);
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join("; ")} and ${parts.at(-1)}`;
}
