export interface ManagedSectionDto extends SectionDto {
  inNavigation: boolean;
  position: number;
  articleCount: number;
}

export interface ManagedSectionDetailDto extends ManagedSectionDto {
  /** Earlier addresses that now redirect here, newest first. */
  oldSlugs: string[];
}

import type { Edition } from "@/lib/i18n/editions";

export interface SectionDto {
  id: string;
  slug: string;
  edition: Edition;
  name: string;
  description: string;
}
