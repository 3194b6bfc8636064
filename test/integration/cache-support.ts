import { invalidate } from "@/lib/cache/invalidate";
import { articleChangeTags, type ArticleChange } from "@/lib/cache/tags";
import { testDb } from "./database";

/** What a publish, unpublish or edit of the article does to the caches, as the commands do it. */
export function refreshArticlePages(change: ArticleChange): Promise<void> {
  return invalidate(testDb(), articleChangeTags(change));
}
