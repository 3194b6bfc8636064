import Link from "next/link";
import { LatestStories } from "@/components/article/latest-stories";
import type { ArticleSummaryDto } from "@/lib/articles/dto";

/**
 * The body of every 404: what happened, and somewhere to go next. The
 * latest stories come from the caller: Next renders a segment's not-found
 * boundary with every page of the segment, so data read here would tag
 * every cached page with the feed (and each publish would refresh them all).
 */
export function NotFoundContent({ latest }: { latest?: ArticleSummaryDto[] }) {
  return (
    <div className="container not-found">
      <p className="kicker">Error 404</p>
      <h1>We couldn’t find that page</h1>
      {latest?.length ? (
        <>
          <p>
            The address may be mistyped, or the page may have moved. Try the latest stories below.
          </p>
          <LatestStories id="latest-heading" stories={latest} />
        </>
      ) : (
        <p>
          The address may be mistyped, or the page may have moved. Try the{" "}
          <Link href="/news-feed">News Feed</Link> or <Link href="/search">search</Link>.
        </p>
      )}
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
