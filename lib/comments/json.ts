import type { CommentJson, CommentThreadDto, CommentThreadJson, PublicCommentDto } from "./dto";

/**
 * Published comments as the comments island gets them (JSON), each with
 * its time as shown when `when` is given (the page's first render).
 */
export function commentThreadsJson(
  threads: CommentThreadDto[],
  when?: (date: Date) => string,
): CommentThreadJson[] {
  const json = ({ createdAt, ...comment }: PublicCommentDto): CommentJson => ({
    ...comment,
    createdAt: createdAt.toISOString(),
    ...(when ? { when: when(createdAt) } : {}),
  });
  return threads.map(({ replies, ...thread }) => ({
    ...json(thread),
    replies: replies.map(json),
  }));
}
