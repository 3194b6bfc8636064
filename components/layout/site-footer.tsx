import Link from "next/link";
import { FooterNewsletter } from "@/components/newsletters/footer-newsletter";
import type { SectionDto } from "@/lib/sections/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { paths } from "@/lib/seo/urls";

export function SiteFooter({
  site,
  sections,
  edition = "en",
}: {
  site: SiteSettingsDto;
  sections: SectionDto[];
  edition?: Edition;
}) {
  const year = new Date().getFullYear();
  const t = messagesFor(edition);
  // The newsroom's own pages are written in English; each edition has its newsletters.
  const english = edition === "en";
  const moreLinks = english ? site.moreLinks : [];
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div className="footer-brand">
          <Link href={paths.edition(edition).home} className="wordmark wordmark-small">
            {site.name}
          </Link>
          {site.description && english ? <p>{site.description}</p> : null}
        </div>
        <nav aria-label={t.sectionsFooter}>
          <h2 className="footer-heading">{t.sections}</h2>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={paths.section(section.slug, edition)}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {moreLinks.length ? (
          <nav aria-label={t.aboutUs}>
            <h2 className="footer-heading">{t.more}</h2>
            <ul>
              {moreLinks.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {site.socialLinks.length ? (
          <nav aria-label={t.followUs}>
            <h2 className="footer-heading">{t.followUs}</h2>
            <ul>
              {site.socialLinks.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <FooterNewsletter edition={edition} />
      </div>
      <div className="container footer-legal">
        <p>
          © {year} {site.name}. {t.rightsReserved}
        </p>
      </div>
    </footer>
  );
}
