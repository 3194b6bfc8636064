import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export interface SectionDto {
  id: string;
  slug: string;
  name: string;
  description: string;
}

export const getNavigationSections = cache(async (): Promise<SectionDto[]> => {
  return db.section.findMany({
    where: { inNavigation: true },
    orderBy: { position: "asc" },
    select: { id: true, slug: true, name: true, description: true },
  });
});

export const getSectionById = cache(async (id: string): Promise<SectionDto | null> => {
  return db.section.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, description: true },
  });
});
