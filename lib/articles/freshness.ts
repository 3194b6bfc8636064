import "server-only";
import { invalidateTags } from "@/lib/cache/data-cache";
import { articleChangeTags, type ArticleChange } from "@/lib/cache/tags";

/**
 * Call after a publish, unpublish or edit commits: every cached page that
 * shows the article (its page, home, its section, tag and author pages, the
 * News Feed, the rails, pages whose body links to it) is read fresh on the
 * next request. Pass the article's places before and after the change.
 */
export function refreshArticlePages(change: ArticleChange): void {
  invalidateTags(articleChangeTags(change));
}
