import Link from "next/link";
import { LatestStories } from "@/components/article/latest-stories";
import { getLatestArticles } from "@/lib/articles/lists";

/** The body of every 404: what happened, and somewhere to go next. */
export async function NotFoundContent() {
  const latest = await getLatestArticles(6);
  return (
    <div className="container not-found">
      <p className="kicker">Error 404</p>
      <h1>We couldn’t find that page</h1>
      <p>The address may be mistyped, or the page may have moved. Try the latest stories below.</p>
      <LatestStories id="latest-heading" stories={latest} />
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
