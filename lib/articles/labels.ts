import type { ArticleType } from "./dto";

/** The kicker shown above a headline for types that readers must tell apart from news. */
export const TYPE_LABELS: Record<ArticleType, string | null> = {
  NEWS: null,
  ANALYSIS: "Analysis",
  OPINION: "Opinion",
  EDITORIAL: "Editorial",
  FEATURE: "Feature",
  // Lists add a LIVE badge while coverage goes on (components/liveblog/live-badge.tsx).
  LIVE_BLOG: "Live blog",
  PAGE: null,
};

export const CORRECTION_LABELS = {
  CORRECTION: "Correction",
  CLARIFICATION: "Clarification",
  UPDATE: "Update",
} as const;
