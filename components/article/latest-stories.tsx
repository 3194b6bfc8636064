import Link from "next/link";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { editionPath } from "@/lib/i18n/editions";

/** A plain list of the latest headlines, offered where a reader found nothing. */
export function LatestStories({
  id,
  stories,
  heading = "Latest stories",
}: {
  id: string;
  stories: ArticleSummaryDto[];
  /** In the page's language. */
  heading?: string;
}) {
  if (!stories.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="rail-heading">
        {heading}
      </h2>
      <ul className="not-found-list">
        {stories.map((article) => (
          <li key={article.id}>
            <Link href={editionPath(article.edition, `/${article.slug}`)}>{article.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
