import Link from "next/link";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { SignUpForm } from "@/components/islands/server";
import "@/app/styles/newsletters.css";

/**
 * The sign-up region after an article: one form, a checkbox per newsletter
 * of the story's edition and one email field. The same markup for every
 * reader (the list is cached and tagged); the form posts elsewhere.
 */
export async function ArticleNewsletters({ edition = "en" }: { edition?: Edition }) {
  const newsletters = await listSignUpNewsletters(edition);
  if (!newsletters.length) return null;
  const t = messagesFor(edition).newsletters;
  return (
    <aside className="nl-region" aria-labelledby="nl-region-heading">
      <div className="nl-region-head">
        <h2 id="nl-region-heading" className="nl-region-title">
          {t.regionTitle}
        </h2>
        <p className="nl-region-intro">
          {t.regionIntro} <Link href={newsletterPaths.indexIn(edition)}>{t.allNewsletters}</Link>
        </p>
      </div>
      <div className="nl-card">
        <SignUpForm
          newsletters={newsletters}
          edition={edition}
          text={t.form}
          source="article"
          formLabel={t.regionFormLabel}
        />
      </div>
    </aside>
  );
}
