import Link from "next/link";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { SignUpForm } from "@/components/islands/server";
import "@/app/styles/newsletters.css";

/** The footer's column: the edition's first newsletter's form and a link to all of them. */
export async function FooterNewsletter({ edition = "en" }: { edition?: Edition }) {
  const [first] = await listSignUpNewsletters(edition);
  if (!first) return null;
  const t = messagesFor(edition).newsletters;
  return (
    <section className="footer-newsletter" aria-labelledby="footer-newsletter-heading">
      <h2 id="footer-newsletter-heading" className="footer-heading">
        {t.kicker}
      </h2>
      <SignUpForm
        newsletters={[first]}
        edition={edition}
        text={t.form}
        source="footer"
        compact
        formLabel={t.footerFormLabel(first.name)}
      />
      <p className="footer-newsletter-more">
        <Link href={newsletterPaths.indexIn(edition)}>{t.allOurNewsletters} →</Link>
      </p>
    </section>
  );
}
