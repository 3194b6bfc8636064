import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { ManagedSectionDto, ManagedSectionDetailDto } from "./dto";

/**
 * Reads for the staff area's section screens. Never cached: editors must see
 * what they just saved, and these screens are few and light.
 */

const select = {
  id: true,
  slug: true,
  name: true,
  description: true,
  edition: true,
  inNavigation: true,
  position: true,
  _count: { select: { articles: true } },
} as const;

type Row = Prisma.SectionGetPayload<{ select: typeof select }>;

const toDto = ({ _count, ...row }: Row): ManagedSectionDto => ({
  ...row,
  articleCount: _count.articles,
});

export async function listSectionsForManage(): Promise<ManagedSectionDto[]> {
  const rows = await db.section.findMany({
    orderBy: [{ edition: "asc" }, { position: "asc" }, { name: "asc" }],
    select,
  });
  return rows.map(toDto);
}

export async function getSectionForManage(id: string): Promise<ManagedSectionDetailDto | null> {
  const row = await db.section.findUnique({
    where: { id },
    select: {
      ...select,
      routes: {
        where: { canonical: false },
        orderBy: { createdAt: "desc" },
        select: { slug: true },
      },
    },
  });
  if (!row) return null;
  const { routes, ...rest } = row;
  return {
    ...toDto(rest),
    oldSlugs: routes.map((r) => r.slug).filter((slug) => slug !== row.slug),
  };
}
