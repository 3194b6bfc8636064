import Link from "next/link";
import { formatDate } from "@/lib/dates/format";
import { splitSnippet } from "@/lib/search/highlight";
import type { SearchHit } from "@/lib/search/dto";
import { editionPath } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";

export function SearchResults({ hits, timeZone }: { hits: SearchHit[]; timeZone: string }) {
  return (
    <ol className="search-results">
      {hits.map(({ article, snippet }) => (
        <li key={article.id}>
          <p className="kicker">
            {messagesFor(article.edition).typeLabels[article.type] ??
              article.section?.name ??
              messagesFor(article.edition).story}
          </p>
          <h2 className="search-result-title">
            <Link href={editionPath(article.edition, `/${article.slug}`)}>{article.title}</Link>
          </h2>
          <p className="search-snippet">
            {splitSnippet(snippet).map((part, index) =>
              part.match ? (
                <mark key={index}>{part.text}</mark>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
          <p className="story-card-meta">
            {article.authors.length ? (
              <span>{article.authors.map((a) => a.name).join(", ")}</span>
            ) : null}
            <time dateTime={article.publishedAt.toISOString()}>
              {formatDate(article.publishedAt, timeZone, article.edition)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
