import type { NewsletterCardDto, SignUpSource } from "@/lib/newsletters/dto";
import { SignUpForm } from "./sign-up-form";
import "@/app/styles/newsletters.css";

/** A grid of sign-up forms, one per newsletter. */
export function NewsletterSignups({
  newsletters,
  source,
  headingLevel = 3,
  anchors = false,
}: {
  newsletters: NewsletterCardDto[];
  source: SignUpSource;
  headingLevel?: 2 | 3;
  /** Give each card its slug as an id (/newsletters#morning-briefing). */
  anchors?: boolean;
}) {
  return (
    <ul className="nl-grid">
      {newsletters.map((newsletter) => (
        <li key={newsletter.id} className="nl-card" id={anchors ? newsletter.slug : undefined}>
          <SignUpForm newsletter={newsletter} source={source} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
