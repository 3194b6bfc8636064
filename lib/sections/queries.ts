import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { SectionDto } from "./dto";

const select = { id: true, slug: true, name: true, description: true } as const;

export const getNavigationSections = cache((): Promise<SectionDto[]> =>
  cached("sections:navigation", 10 * MINUTE, async () => ({
    value: await db.section.findMany({
      where: { inNavigation: true },
      orderBy: { position: "asc" },
      select,
    }),
    tags: [tags.sections],
  })),
);

export const getSectionById = cache((id: string): Promise<SectionDto | null> =>
  cached(`section:${id}`, 10 * MINUTE, async () => ({
    value: await db.section.findUnique({ where: { id }, select }),
    tags: [tags.sections, tags.section(id)],
  })),
);
