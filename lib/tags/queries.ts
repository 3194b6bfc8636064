import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export interface TagDto {
  id: string;
  slug: string;
  name: string;
  description: string;
}

export const getTagBySlug = cache(async (slug: string): Promise<TagDto | null> => {
  return db.tag.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
});
