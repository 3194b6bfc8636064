/**
 * Who may read what, as query filters. Anonymous readers see only published
 * articles whose publication time has come; pages are articles of type PAGE.
 */
export function publicArticleFilter(now: Date = new Date()) {
  return { status: "PUBLISHED" as const, publishedAt: { lte: now } };
}

export function publicStoryFilter(now: Date = new Date()) {
  return { ...publicArticleFilter(now), type: { not: "PAGE" as const } };
}
