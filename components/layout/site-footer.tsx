import Link from "next/link";
import { FooterNewsletter } from "@/components/newsletters/footer-newsletter";
import type { SectionDto } from "@/lib/sections/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";

export function SiteFooter({ site, sections }: { site: SiteSettingsDto; sections: SectionDto[] }) {
  const year = new Date().getFullYear();
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div className="footer-brand">
          <Link href="/" className="wordmark wordmark-small">
            {site.name}
          </Link>
          {site.description ? <p>{site.description}</p> : null}
        </div>
        <nav aria-label="Sections (footer)">
          <h2 className="footer-heading">Sections</h2>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={`/${section.slug}`}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {site.moreLinks.length ? (
          <nav aria-label="About us">
            <h2 className="footer-heading">More</h2>
            <ul>
              {site.moreLinks.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {site.socialLinks.length ? (
          <nav aria-label="Follow us">
            <h2 className="footer-heading">Follow Us</h2>
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
        <FooterNewsletter />
      </div>
      <div className="container footer-legal">
        <p>
          © {year} {site.name}. All rights reserved.
        </p>
      </div>
    </footer>
  );
}
