import Link from "next/link";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { LiveBadge } from "./live-badge";

/** "Live now": the live blogs still running, above the home page's lead. */
export function LiveNow({ stories }: { stories: ArticleSummaryDto[] }) {
  if (!stories.length) return null;
  return (
    <section className="live-now" aria-label="Live now">
      {stories.map((story) => (
        <p key={story.id} className="live-now-item">
          <LiveBadge />
          <Link href={`/${story.slug}`} className="live-now-title">
            {story.title}
          </Link>
          {story.standfirst ? (
            <span className="live-now-standfirst">{story.standfirst}</span>
          ) : null}
        </p>
      ))}
    </section>
  );
}
