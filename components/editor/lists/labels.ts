import type { ArticleType } from "@/lib/articles/dto";
import type { ArticleStatus } from "@/lib/auth/permissions";

/** Names staff see for statuses and types (readers see other kickers). */
export const STATUS_NAMES: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

export const TYPE_NAMES: Record<ArticleType, string> = {
  NEWS: "News",
  ANALYSIS: "Analysis",
  OPINION: "Opinion",
  EDITORIAL: "Editorial",
  FEATURE: "Feature",
  PAGE: "Page",
};

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
