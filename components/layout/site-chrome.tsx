import type { ReactNode } from "react";
import { formatDate } from "@/lib/dates/format";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { getNavigationSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { MemberIsland } from "@/components/islands/server";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main landmark and footer around every reader page. */
export async function SiteChrome({
  edition = "en",
  children,
}: {
  edition?: Edition;
  children: ReactNode;
}) {
  const [site, sections] = await Promise.all([getSiteSettings(), getNavigationSections(edition)]);
  const t = messagesFor(edition);
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <SiteHeader
        site={site}
        sections={sections}
        edition={edition}
        today={formatDate(new Date(), site.timezone, edition)}
      />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter site={site} sections={sections} edition={edition} />
      <MemberIsland />
    </>
  );
}
