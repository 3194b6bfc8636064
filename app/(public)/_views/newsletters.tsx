import type { Metadata } from "next";
import { ManageLinkForm } from "@/components/newsletters/manage-link-form";
import { SignUpForm } from "@/components/newsletters/sign-up-form";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { listMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import { getSiteSettings } from "@/lib/site/settings";
import type { SiteSettingsDto } from "@/lib/site/dto";

const describe = (site: SiteSettingsDto) =>
  `Every ${site.name} newsletter, free: sign up with your email address and confirm from your inbox.`;

export async function newslettersMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return listMetadata({
    site,
    kind: "site",
    key: "newsletters",
    kicker: "Newsletters",
    name: "Newsletters",
    description: describe(site),
    path: newsletterPaths.index,
    feedPath: paths.siteFeed,
    feedTitle: site.name,
  });
}

/** Every active newsletter in one form; the same page for every visitor. */
export async function NewslettersView() {
  const [site, newsletters] = await Promise.all([getSiteSettings(), listSignUpNewsletters()]);
  return (
    <div className="container nl-page">
      <header>
        <p className="kicker">Newsletters</p>
        <h1>Our newsletters</h1>
        <p className="nl-lede">
          The reporting of {site.name}, in your inbox. Choose as many as you like; we send a
          confirmation email for each first, and every newsletter has a one-click unsubscribe link.
        </p>
      </header>
      {newsletters.length ? (
        <div className="nl-card nl-card-wide">
          <SignUpForm
            newsletters={newsletters}
            source="newsletters-page"
            title="Sign up"
            headingLevel={2}
            anchors
          />
        </div>
      ) : (
        <p className="empty-state">There are no newsletters to sign up for at the moment.</p>
      )}
      <section className="nl-panel" aria-labelledby="manage-heading">
        <h2 id="manage-heading">Already subscribed?</h2>
        <p>
          Every newsletter email ends with a link to your preferences. Lost it? We&apos;ll email you
          a new one.
        </p>
        <ManageLinkForm />
      </section>
      <section className="nl-panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">What we keep</h2>
        <p>
          Your email address, the newsletters you chose, whether each is confirmed or unsubscribed
          and when, and which form you used. No name, no tracking pixels, no tracked links. Sign-ups
          that are never confirmed are deleted.
        </p>
      </section>
    </div>
  );
}
