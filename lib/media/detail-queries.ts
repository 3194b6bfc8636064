import "server-only";
import { mediaSelect } from "@/lib/articles/mappers";
import { isOwnArticle } from "@/lib/articles/ownership";
import { isPublicArticle } from "@/lib/articles/rules";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findMediaUsage, usageCount, type ArticleUse, type UsageList } from "./usage";
import { mediaPath, parseVariants } from "./variants";
import { seesAllMedia, visibleMediaFilter } from "./visibility";
import type { UsePlace, PlaceList, MediaDetail } from "./dto";

/**
 * One image as its page shows it, or null when it does not exist or the
 * staff member may not see it (the same rule as the library's lists).
 * Where it is used is listed by name only for articles the viewer may open.
 */
export async function getMediaDetail(staff: Staff, id: string): Promise<MediaDetail | null> {
  const row = await db.media.findFirst({
    where: { id, kind: "IMAGE", AND: [visibleMediaFilter(staff)] },
    select: {
      ...mediaSelect,
      mimeType: true,
      bytes: true,
      createdAt: true,
      variants: true,
      uploadedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const usage = await findMediaUsage(db, id);
  const everything = seesAllMedia(staff);
  let hidden = 0;
  const place = (list: UsageList<ArticleUse>): PlaceList<UsePlace> => ({
    places: list.items.flatMap((article) => {
      const base = { title: article.title, status: article.status };
      if (everything || isOwnArticle(staff, article)) {
        return [{ ...base, href: `/editor/articles/${article.id}` }];
      }
      if (isPublicArticle(article)) return [{ ...base, href: `/${article.slug}` }];
      hidden += 1;
      return [];
    }),
    more: list.total - list.items.length,
  });
  const hero = place(usage.hero);
  const seo = place(usage.seo);
  const body = place(usage.body);
  const avatars = {
    places: usage.avatars.items.map((author) => ({
      name: author.name,
      href: can(staff.role, "author.manage")
        ? `/editor/authors/${author.id}`
        : `/author/${author.slug}`,
    })),
    more: usage.avatars.total - usage.avatars.items.length,
  };
  const { storageKey, variants, uploadedBy, ...rest } = row;
  return {
    ...rest,
    src: mediaPath(storageKey),
    uploadedBy: uploadedBy?.name ?? null,
    variants: parseVariants(variants).map((variant) => ({
      width: variant.width,
      height: variant.height,
      bytes: variant.bytes,
      src: mediaPath(variant.key),
    })),
    usage: {
      hero,
      seo,
      body,
      avatars,
      hidden,
      total: usageCount(usage),
    },
    canEdit: can(staff.role, "media.edit"),
    canDelete: can(staff.role, "media.delete"),
  };
}
