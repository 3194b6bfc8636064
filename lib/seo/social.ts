/** Small readings of settings and author links for cards and structured data. */

/** Profile URLs for `sameAs`: web addresses only (an email link is not a profile). */
export function profileUrls(links: { kind: string; url: string }[]): string[] {
  return [
    ...new Set(links.filter((link) => /^https?:\/\//i.test(link.url)).map((link) => link.url)),
  ];
}

const X_PROFILE = /^https?:\/\/(?:www\.)?(?:x|twitter)\.com\/@?([A-Za-z0-9_]{1,15})\/?$/i;

/** "@handle" from an X (Twitter) profile link, for twitter:site and twitter:creator. */
export function xHandle(links: { kind: string; url: string }[]): string | undefined {
  for (const link of links) {
    const match = X_PROFILE.exec(link.url.trim());
    if (match) return `@${match[1]}`;
  }
  return undefined;
}

/**
 * og:locale wants language_TERRITORY ("en_GB"); a bare language has no
 * territory to name, so nothing is said and readers assume en_US.
 */
export function ogLocale(language: string): string | undefined {
  const match = /^([a-z]{2,3})[-_]([A-Za-z]{2})$/.exec(language.trim());
  return match ? `${match[1]!.toLowerCase()}_${match[2]!.toUpperCase()}` : undefined;
}

export interface SitePolicies {
  publishingPrinciples?: string;
  correctionsPolicy?: string;
  ethicsPolicy?: string;
}

/**
 * Policy pages for NewsMediaOrganization, found among the site's "More"
 * links by their labels. Settings have no dedicated fields yet; once they do,
 * this is where they belong.
 */
export function sitePolicies(links: { label: string; href: string }[]): SitePolicies {
  const find = (pattern: RegExp) => links.find((link) => pattern.test(link.label))?.href;
  return {
    publishingPrinciples: find(/principles|standards|policies/i) ?? find(/^about/i),
    correctionsPolicy: find(/correction/i),
    ethicsPolicy: find(/ethic/i),
  };
}
