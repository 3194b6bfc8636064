import Image from "next/image";
import Link from "next/link";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { formatDateTime } from "@/lib/dates/format";
import { editionPath } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { LiveBadge } from "@/components/liveblog/live-badge";

type Variant = "lead" | "standard" | "compact";

/** One story in a list: image, kicker, headline, standfirst, byline and time. */
export function StoryCard({
  article,
  timeZone,
  variant = "standard",
  headingLevel = 3,
  priority = false,
}: {
  article: ArticleSummaryDto;
  timeZone: string;
  variant?: Variant;
  headingLevel?: 2 | 3;
  priority?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = editionPath(article.edition, `/${article.slug}`);
  const kicker = messagesFor(article.edition).typeLabels[article.type] ?? article.section?.name;
  const sizes =
    variant === "lead"
      ? "(min-width: 1024px) 760px, 100vw"
      : "(min-width: 1024px) 320px, (min-width: 640px) 45vw, 100vw";
  return (
    <article className={`story-card story-card-${variant}`}>
      {article.hero && variant !== "compact" ? (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="story-card-media">
          <Image
            src={article.hero.src}
            alt=""
            width={article.hero.width}
            height={article.hero.height}
            sizes={sizes}
            // The lead card's image is the page's largest paint.
            loading={priority ? "eager" : "lazy"}
            fetchPriority={priority ? "high" : undefined}
          />
        </Link>
      ) : null}
      <div className="story-card-text">
        {article.live ? (
          <p className="kicker">
            <LiveBadge />
          </p>
        ) : kicker ? (
          <p className="kicker">{kicker}</p>
        ) : null}
        <Heading className="story-card-title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {variant !== "compact" && article.standfirst ? (
          <p className="story-card-standfirst">{article.standfirst}</p>
        ) : null}
        <p className="story-card-meta">
          {article.authors.length ? (
            <span>{article.authors.map((a) => a.name).join(", ")}</span>
          ) : null}
          <time dateTime={article.publishedAt.toISOString()}>
            {formatDateTime(article.publishedAt, timeZone, article.edition)}
          </time>
        </p>
      </div>
    </article>
  );
}
