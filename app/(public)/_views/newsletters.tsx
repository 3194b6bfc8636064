import type { Metadata } from "next";
import { ManageLinkForm } from "@/components/newsletters/manage-link-form";
import { IslandsOnly, SignUpForm } from "@/components/islands/server";
import { editionSite } from "@/lib/i18n/edition-site";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { listMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import { getSiteSettings } from "@/lib/site/settings";

export async function newslettersMetadata(edition: Edition = "en"): Promise<Metadata> {
  const site = editionSite(await getSiteSettings(), edition);
  const t = messagesFor(edition).newsletters;
  return listMetadata({
    site,
    kind: "site",
    key: "newsletters",
    kicker: t.kicker,
    name: t.kicker,
    description: t.index.description(site.name),
    path: newsletterPaths.indexIn(edition),
    feedPath: paths.edition(edition).siteFeed,
    feedTitle: site.name,
  });
}

/** An edition's active newsletters in one form; the same page for every visitor. */
export async function NewslettersView({ edition = "en" }: { edition?: Edition }) {
  const [settings, newsletters] = await Promise.all([
    getSiteSettings(),
    listSignUpNewsletters(edition),
  ]);
  const site = editionSite(settings, edition);
  const t = messagesFor(edition).newsletters;
  return (
    <div className="container nl-page">
      <IslandsOnly />
      <header>
        <p className="kicker">{t.kicker}</p>
        <h1>{t.index.title}</h1>
        <p className="nl-lede">{t.index.lede(site.name)}</p>
      </header>
      {newsletters.length ? (
        <div className="nl-card nl-card-wide">
          <SignUpForm
            newsletters={newsletters}
            edition={edition}
            text={t.form}
            source="newsletters-page"
            title={t.index.formTitle}
            headingLevel={2}
            anchors
          />
        </div>
      ) : (
        <p className="empty-state">{t.index.none}</p>
      )}
      <section className="nl-panel" aria-labelledby="manage-heading">
        <h2 id="manage-heading">{t.index.alreadyTitle}</h2>
        <p>{t.index.alreadyText}</p>
        <ManageLinkForm edition={edition} />
      </section>
      <section className="nl-panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t.index.privacyTitle}</h2>
        <p>{t.index.privacy}</p>
      </section>
    </div>
  );
}
