import Link from "next/link";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { SignUpForm } from "./sign-up-form";
import "@/app/styles/newsletters.css";

/** The footer's column: the first newsletter's form and a link to all of them. */
export async function FooterNewsletter() {
  const [first] = await listSignUpNewsletters();
  if (!first) return null;
  return (
    <section className="footer-newsletter" aria-labelledby="footer-newsletter-heading">
      <h2 id="footer-newsletter-heading" className="footer-heading">
        Newsletters
      </h2>
      <SignUpForm
        newsletters={[first]}
        source="footer"
        compact
        formLabel={`${first.name} (footer)`}
      />
      <p className="footer-newsletter-more">
        <Link href={newsletterPaths.index}>All our newsletters →</Link>
      </p>
    </section>
  );
}
