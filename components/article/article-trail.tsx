import Link from "next/link";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { paths } from "@/lib/seo/urls";

/**
 * The line above a story's headline: its section, then its topics. Stories
 * and live blogs both open with it; nothing is drawn for a story with
 * neither. Sections link within the story's edition; topics are English only.
 */
export function ArticleTrail({
  article,
  edition = "en",
}: {
  article: Pick<ArticleDetailDto, "section" | "tags">;
  edition?: Edition;
}) {
  if (!article.section && !article.tags.length) return null;
  return (
    <nav className="article-trail" aria-label={messagesFor(edition).breadcrumb}>
      {article.section ? (
        <Link href={paths.section(article.section.slug, edition)} className="article-section">
          {article.section.name}
        </Link>
      ) : null}
      {article.tags.length ? (
        <ul className="tag-chips">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={`/tag/${tag.slug}`}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
