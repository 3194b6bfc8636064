export interface ManagedSectionDto extends SectionDto {
  inNavigation: boolean;
  position: number;
  articleCount: number;
}

export interface ManagedSectionDetailDto extends ManagedSectionDto {
  /** Earlier addresses that now redirect here, newest first. */
  oldSlugs: string[];
}

export interface SectionDto {
  id: string;
  slug: string;
  name: string;
  description: string;
}
