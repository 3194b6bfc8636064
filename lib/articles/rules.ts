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

/** The rule of `publicArticleFilter`, for a row already loaded. */
export function isPublicArticle(
  article: { status: string; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return (
    article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now
  );
}

/** The rule of `publicStoryFilter`, for a row already loaded. */
export function isPublicStory(
  article: { status: string; type: string; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return isPublicArticle(article, now) && article.type !== "PAGE";
}
