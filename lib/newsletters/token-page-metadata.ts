import type { Metadata } from "next";

/**
 * Pages opened from personal links: never indexed, and the token in their
 * address is never sent on to another site in a Referer header.
 */
export function tokenPageMetadata(title: string, siteName: string): Metadata {
  return {
    title: `${title} | ${siteName}`,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}
