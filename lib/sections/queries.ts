import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";
import type { SectionDto } from "./dto";

const select = { id: true, slug: true, name: true, description: true, edition: true } as const;

/** The sections an edition shows in its navigation, in order. */
export const getNavigationSections = cache((edition: Edition = "en"): Promise<SectionDto[]> =>
  cached(`sections:navigation:${edition}`, 10 * MINUTE, async () => ({
    value: await db.section.findMany({
      where: { inNavigation: true, edition },
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
