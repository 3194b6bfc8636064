import Link from "next/link";
import { TYPE_LABELS } from "@/lib/articles/labels";
import { formatDate } from "@/lib/dates/format";
import { splitSnippet } from "@/lib/search/highlight";
import type { SearchHit } from "@/lib/search/dto";

export function SearchResults({ hits, timeZone }: { hits: SearchHit[]; timeZone: string }) {
  return (
    <ol className="search-results">
      {hits.map(({ article, snippet }) => (
        <li key={article.id}>
          <p className="kicker">{TYPE_LABELS[article.type] ?? article.section?.name ?? "Story"}</p>
          <h2 className="search-result-title">
            <Link href={`/${article.slug}`}>{article.title}</Link>
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
              {formatDate(article.publishedAt, timeZone)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
