import Link from "next/link";
import { NavMore } from "./nav-more";
import { SectionStrip } from "./section-strip";
import type { SectionDto } from "@/lib/sections/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";

export function SiteHeader({
  site,
  sections,
  today,
}: {
  site: SiteSettingsDto;
  sections: SectionDto[];
  today: string;
}) {
  const links = sections.map((section) => ({ href: `/${section.slug}`, label: section.name }));
  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar-inner">
          <span className="topbar-date">{today}</span>
          {site.promoSlots.length ? (
            <ul className="promo-slots" aria-label="Support our journalism">
              {site.promoSlots.map((slot) => (
                // A members' perk may hide the asks (components/membership/member-island.tsx).
                <li
                  key={slot.href}
                  data-membership-ask={slot.href.startsWith("/membership") ? "" : undefined}
                >
                  <a
                    href={slot.href}
                    className={slot.tone === "accent" ? "promo promo-accent" : "promo"}
                  >
                    {slot.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <div className="container masthead">
        <Link href="/" className="wordmark" aria-label={`${site.name}, home`}>
          {site.name}
        </Link>
        {site.tagline ? <p className="tagline">{site.tagline}</p> : null}
      </div>
      <nav className="primary-nav" aria-label="Sections">
        <div className="container primary-nav-inner">
          <SectionStrip sections={links} />
          <Link href="/search" className="nav-search">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
              <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
              <line x1="13" y1="13" x2="18" y2="18" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span>Search</span>
          </Link>
          {links.length || site.moreLinks.length ? (
            <NavMore sections={links} links={site.moreLinks} />
          ) : null}
        </div>
      </nav>
    </header>
  );
}
