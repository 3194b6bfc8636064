import type { ReactNode } from "react";
import { formatDate } from "@/lib/dates/format";
import { getNavigationSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { MemberIsland } from "@/components/membership/member-island";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main landmark and footer around every reader page. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const [site, sections] = await Promise.all([getSiteSettings(), getNavigationSections()]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader site={site} sections={sections} today={formatDate(new Date(), site.timezone)} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter site={site} sections={sections} />
      <MemberIsland />
    </>
  );
}
