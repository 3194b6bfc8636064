import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { isSafeHref } from "@/lib/documents/links";

export interface AuthorPageDto {
  id: string;
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  links: { kind: string; url: string }[];
}

const linksSchema = z
  .array(z.object({ kind: z.string().min(1), url: z.string().refine(isSafeHref) }))
  .catch([]);

export const getAuthorBySlug = cache(async (slug: string): Promise<AuthorPageDto | null> => {
  const row = await db.author.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, jobTitle: true, bio: true, links: true },
  });
  return row ? { ...row, links: linksSchema.parse(row.links) } : null;
});

/** Every byline, alphabetically, for filters and pickers. */
export const listAuthors = cache(async (): Promise<{ slug: string; name: string }[]> => {
  return db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
});
