import Link from "next/link";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { SignUpForm } from "./sign-up-form";
import "@/app/styles/newsletters.css";

/**
 * The sign-up region after an article: one form, a checkbox per newsletter
 * and one email field. The same markup for every reader (the list is cached
 * and tagged); the form posts elsewhere.
 */
export async function ArticleNewsletters() {
  const newsletters = await listSignUpNewsletters();
  if (!newsletters.length) return null;
  return (
    <aside className="nl-region" aria-labelledby="nl-region-heading">
      <div className="nl-region-head">
        <h2 id="nl-region-heading" className="nl-region-title">
          Get our newsletters
        </h2>
        <p className="nl-region-intro">
          Free, in your inbox. We only send what you sign up for, and every email has a link to
          leave. <Link href={newsletterPaths.index}>All newsletters</Link>
        </p>
      </div>
      <div className="nl-card">
        <SignUpForm
          newsletters={newsletters}
          source="article"
          formLabel="Sign up for our newsletters"
        />
      </div>
    </aside>
  );
}
