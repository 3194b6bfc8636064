import { beforeEach, describe, expect, it } from "vitest";
import { GET as getFragment } from "@/app/fragments/comments/[id]/route";
import type { CommentListJson } from "@/lib/comments/dto";
import { postComment } from "@/lib/comments/post";
import type { ReaderIdentity } from "@/lib/readers/session";
import { commentSettings, createReader, publishedStory, resetRateLimits } from "./comments-support";
import { testDb, truncateAll } from "./database";

/**
 * /fragments/comments/{id}: the published comments the comments island
 * reloads after a reader's own change, on an islands page without Next's
 * router (components/comments/comments-island.tsx).
 */
beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
  await commentSettings({ policy: "POST" });
});

const fragment = (id: string) =>
  getFragment(new Request(`http://localhost:3000/fragments/comments/${id}`), {
    params: Promise.resolve({ id }),
  });

async function post(reader: ReaderIdentity, articleId: string, body: string, parentId?: string) {
  const result = await postComment(reader, { articleId, body, parentId }, "203.0.113.9");
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.data.comment!;
}

describe("the published comments as the island reloads them", () => {
  it("are the page's threads as JSON, a new comment among them at once, kept by no cache", async () => {
    const article = await publishedStory();
    const reader = await createReader({ displayName: "Oksana" });
    const first = await post(reader, article.id, "The night shift deserves this story.");
    await post(reader, article.id, "And the drivers at the gates.", first.id);

    const response = await fragment(article.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const list = (await response.json()) as CommentListJson;
    expect(list.count).toBe(2);
    expect(list.threads).toHaveLength(1);
    expect(list.threads[0]).toMatchObject({
      id: first.id,
      authorName: "Oksana",
      body: "The night shift deserves this story.",
      removed: null,
    });
    expect(list.threads[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(list.threads[0]!.replies.map((reply) => reply.body)).toEqual([
      "And the drivers at the gates.",
    ]);

    await post(reader, article.id, "One more, after the page was cached.");
    const again = (await (await fragment(article.id)).json()) as CommentListJson;
    expect(again.count).toBe(3);
    expect(again.threads.map((thread) => thread.body)).toContain(
      "One more, after the page was cached.",
    );
  });

  it("are not found where comments are off, for an unknown story, or a malformed id", async () => {
    const article = await publishedStory();
    await testDb().article.update({ where: { id: article.id }, data: { commentsMode: "OFF" } });
    expect((await fragment(article.id)).status).toBe(404);
    expect((await fragment("no-such-story")).status).toBe(404);
    expect((await fragment("../../etc")).status).toBe(404);
  });
});
