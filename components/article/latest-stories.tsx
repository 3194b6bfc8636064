import Link from "next/link";
import type { ArticleSummaryDto } from "@/lib/articles/dto";

/** A plain list of the latest headlines, offered where a reader found nothing. */
export function LatestStories({ id, stories }: { id: string; stories: ArticleSummaryDto[] }) {
  if (!stories.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="rail-heading">
        Latest stories
      </h2>
      <ul className="not-found-list">
        {stories.map((article) => (
          <li key={article.id}>
            <Link href={`/${article.slug}`}>{article.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
