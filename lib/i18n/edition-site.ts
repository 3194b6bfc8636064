import type { SiteSettingsDto } from "@/lib/site/dto";
import { EDITION_INFO, type Edition } from "./editions";
import { messagesFor } from "./messages";

/**
 * The site settings as an edition presents them. The settings are written
 * for the English edition; another edition speaks its own language in
 * structured data, feeds and Open Graph, and describes itself from its
 * catalogue instead of the English tagline.
 */
export function editionSite(site: SiteSettingsDto, edition: Edition): SiteSettingsDto {
  if (edition === "en") return site;
  const t = messagesFor(edition);
  return {
    ...site,
    language: EDITION_INFO[edition].locale,
    tagline: t.siteTagline,
    description: t.siteDescription(site.name),
  };
}
