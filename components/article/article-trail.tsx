import Link from "next/link";
import type { ArticleDetailDto } from "@/lib/articles/dto";

/**
 * The line above a story's headline: its section, then its topics. Stories
 * and live blogs both open with it; nothing is drawn for a story with
 * neither.
 */
export function ArticleTrail({ article }: { article: Pick<ArticleDetailDto, "section" | "tags"> }) {
  if (!article.section && !article.tags.length) return null;
  return (
    <nav className="article-trail" aria-label="Breadcrumb and topics">
      {article.section ? (
        <Link href={`/${article.section.slug}`} className="article-section">
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
