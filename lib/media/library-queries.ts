import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { mediaSelect } from "@/lib/articles/mappers";
import type { Staff } from "@/lib/auth/session";
import { startOfDayInZone } from "@/lib/dates/format";
import { db } from "@/lib/db";
import { MEDIA_PAGE_SIZE, searchWords, type MediaListFilters } from "./library-params";
import { mediaPath } from "./variants";
import { seesAllMedia, visibleMediaFilter } from "./visibility";
import type { LibraryPage } from "./dto";

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * The image ids placed in any article's text. One pass over the bodies,
 * hashed, instead of one search of every body per image.
 */
const BODY_IMAGE_IDS = Prisma.sql`
  SELECT image.id #>> '{}' FROM "Article" a,
    jsonb_path_query(a."body", '$.content[*] ? (@.type == "image").attrs.mediaId') AS image(id)`;

function conditions(staff: Staff, filters: MediaListFilters, timeZone: string): Prisma.Sql[] {
  const list = [Prisma.sql`m."kind" = 'IMAGE'::"MediaKind"`];
  // The SQL twin of visibleMediaFilter; the rows are loaded through that
  // filter again, so a mistake here can hide an image but never show one.
  if (!seesAllMedia(staff)) {
    list.push(Prisma.sql`(m."uploadedById" = ${staff.id} OR EXISTS (
      SELECT 1 FROM "Article" a
      WHERE (a."heroImageId" = m."id" OR a."seoImageId" = m."id")
        AND a."status" = 'PUBLISHED'::"ArticleStatus" AND a."publishedAt" <= ${new Date()}))`);
  }
  for (const word of searchWords(filters.q)) {
    const pattern = likePattern(word);
    list.push(
      Prisma.sql`(m."alt" ILIKE ${pattern} OR m."caption" ILIKE ${pattern} OR m."credit" ILIKE ${pattern})`,
    );
  }
  if (filters.mine) list.push(Prisma.sql`m."uploadedById" = ${staff.id}`);
  if (filters.unused) {
    list.push(Prisma.sql`NOT EXISTS (
      SELECT 1 FROM "Article" a WHERE a."heroImageId" = m."id" OR a."seoImageId" = m."id")`);
    list.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Author" au WHERE au."avatarId" = m."id")`);
    list.push(Prisma.sql`m."id" NOT IN (${BODY_IMAGE_IDS})`);
  }
  if (filters.from)
    list.push(Prisma.sql`m."createdAt" >= ${startOfDayInZone(filters.from, timeZone)}`);
  if (filters.to) {
    const next = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000);
    list.push(
      Prisma.sql`m."createdAt" < ${startOfDayInZone(next.toISOString().slice(0, 10), timeZone)}`,
    );
  }
  return list;
}

const rowSelect = {
  ...mediaSelect,
  mimeType: true,
  bytes: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true } },
} as const satisfies Prisma.MediaSelect;

/** One page of the library, newest first, with every filter of the screen. */
export async function listMediaLibrary(
  staff: Staff,
  filters: MediaListFilters,
  timeZone: string,
): Promise<LibraryPage> {
  const where = Prisma.join(conditions(staff, filters, timeZone), " AND ");
  const offset = (filters.page - 1) * MEDIA_PAGE_SIZE;
  const [idRows, countRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT m."id" FROM "Media" m WHERE ${where}
      ORDER BY m."createdAt" DESC, m."id" DESC
      LIMIT ${MEDIA_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<
      { total: bigint | number }[]
    >`SELECT count(*) AS total FROM "Media" m WHERE ${where}`,
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const pageCount = Math.ceil(total / MEDIA_PAGE_SIZE);
  if (!idRows.length) return { items: [], total, page: filters.page, pageCount };
  const rows = await db.media.findMany({
    where: { AND: [visibleMediaFilter(staff), { id: { in: idRows.map((row) => row.id) } }] },
    select: rowSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = idRows.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { storageKey, uploadedById, uploadedBy, ...rest } = row;
    return [
      {
        ...rest,
        src: mediaPath(storageKey),
        uploadedBy: uploadedBy?.name ?? null,
        mine: uploadedById === staff.id,
      },
    ];
  });
  return { items, total, page: filters.page, pageCount };
}
