import Link from "next/link";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { StoryCard } from "./story-card";

/** A headed block of story cards: a section on the home page, related stories, more news. */
export function StoryGridSection({
  id,
  title,
  href,
  stories,
  timeZone,
  variant = "standard",
}: {
  id: string;
  title: string;
  href?: string;
  stories: ArticleSummaryDto[];
  timeZone: string;
  variant?: "standard" | "compact";
}) {
  if (!stories.length) return null;
  return (
    <section className="section-block" aria-labelledby={id}>
      <h2 id={id} className="section-block-heading">
        {href ? <Link href={href}>{title}</Link> : title}
      </h2>
      <div className="story-grid story-grid-4">
        {stories.map((story) => (
          <StoryCard key={story.id} article={story} timeZone={timeZone} variant={variant} />
        ))}
      </div>
    </section>
  );
}
