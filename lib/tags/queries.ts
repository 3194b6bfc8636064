import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { TagDto } from "./dto";

export const getTagBySlug = cache((slug: string): Promise<TagDto | null> =>
  cached(`topic:${slug}`, 10 * MINUTE, async () => {
    const tag = await db.tag.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, description: true },
    });
    return { value: tag, tags: [tags.topics, ...(tag ? [tags.tag(tag.id)] : [])] };
  }),
);
