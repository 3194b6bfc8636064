/**
 * The cache tag of an article's published comments (and of its comments
 * setting). Every change that shows, hides or rewords a comment on a reader
 * page invalidates it after its transaction commits.
 */
export const commentsTag = (articleId: string) => `comments:${articleId}`;
