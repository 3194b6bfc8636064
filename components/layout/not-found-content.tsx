import Link from "next/link";
import { getLatestArticles } from "@/lib/articles/lists";

/** The body of every 404: what happened, and somewhere to go next. */
export async function NotFoundContent() {
  const latest = await getLatestArticles(6);
  return (
    <div className="container not-found">
      <p className="kicker">Error 404</p>
      <h1>We couldn’t find that page</h1>
      <p>The address may be mistyped, or the page may have moved. Try the latest stories below.</p>
      {latest.length ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="rail-heading">
            Latest stories
          </h2>
          <ul className="not-found-list">
            {latest.map((article) => (
              <li key={article.id}>
                <Link href={`/${article.slug}`}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
