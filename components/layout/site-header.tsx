import Link from "next/link";
import { NavMore, SectionStrip } from "@/components/islands/server";
import type { SectionDto } from "@/lib/sections/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";
import { EDITIONS, EDITION_INFO } from "@/lib/i18n/editions";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { paths } from "@/lib/seo/urls";

/** Each edition's name in its own language, for the switch between them. */
const EDITION_NAMES: Record<Edition, string> = { en: "English", uk: "Українська" };

export function SiteHeader({
  site,
  sections,
  edition = "en",
  today,
}: {
  site: SiteSettingsDto;
  sections: SectionDto[];
  edition?: Edition;
  today: string;
}) {
  const t = messagesFor(edition);
  const own = paths.edition(edition);
  const links = sections.map((section) => ({
    href: paths.section(section.slug, edition),
    label: section.name,
  }));
  // The newsroom's own pages and promotions are settings written in English.
  const moreLinks = edition === "en" ? site.moreLinks : [];
  const promoSlots = edition === "en" ? site.promoSlots : [];
  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar-inner">
          <span className="topbar-date">{today}</span>
          <ul className="edition-switch" aria-label={t.edition}>
            {EDITIONS.filter((other) => other !== edition).map((other) => (
              <li key={other}>
                <Link
                  href={paths.edition(other).home}
                  hrefLang={EDITION_INFO[other].lang}
                  lang={EDITION_INFO[other].lang}
                >
                  {EDITION_NAMES[other]}
                </Link>
              </li>
            ))}
          </ul>
          {promoSlots.length ? (
            <ul className="promo-slots" aria-label={t.supportJournalism}>
              {promoSlots.map((slot) => (
                // A members' perk may hide the asks (components/membership/member-hint.ts).
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
        <Link href={own.home} className="wordmark" aria-label={`${site.name}, ${t.home}`}>
          {site.name}
        </Link>
        {site.tagline && edition === "en" ? <p className="tagline">{site.tagline}</p> : null}
      </div>
      <nav className="primary-nav" aria-label={t.sections}>
        <div className="container primary-nav-inner">
          <SectionStrip sections={links} />
          <Link href={own.search} className="nav-search">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
              <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
              <line x1="13" y1="13" x2="18" y2="18" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span>{t.search}</span>
          </Link>
          {links.length || moreLinks.length ? (
            <NavMore
              sections={links}
              links={moreLinks}
              labels={{ more: t.more, sections: t.sections }}
            />
          ) : null}
        </div>
      </nav>
    </header>
  );
}
