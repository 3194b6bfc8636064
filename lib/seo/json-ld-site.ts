import type { ArticleSummaryDto } from "@/lib/articles/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";
import type { JsonLdNode } from "./json-ld-serialize";
import { profileUrls, sitePolicies } from "./social";
import { absoluteUrl, paths, siteOrigin } from "./urls";

/** What every structured-data builder needs: the public origin and the site's settings. */
export interface SeoContext {
  origin: string;
  site: SiteSettingsDto;
}

export const LOGO_SIZE = { width: 600, height: 600 } as const;

const url = (ctx: SeoContext, path: string) => absoluteUrl(path, ctx.origin);
const organizationId = (ctx: SeoContext) => `${url(ctx, paths.home)}#organization`;
const websiteId = (ctx: SeoContext) => `${url(ctx, paths.home)}#website`;

/**
 * The newsroom as publisher. Articles carry its name, URL and logo inline
 * (each page is read on its own); the home page adds the rest.
 */
export function publisherJsonLd(ctx: SeoContext): JsonLdNode {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(ctx),
    name: ctx.site.name,
    url: url(ctx, paths.home),
    logo: {
      "@type": "ImageObject",
      url: url(ctx, paths.logo),
      width: LOGO_SIZE.width,
      height: LOGO_SIZE.height,
    },
  };
}

export function organizationJsonLd(ctx: SeoContext): JsonLdNode {
  const policies = sitePolicies(ctx.site.moreLinks);
  const sameAs = profileUrls(ctx.site.socialLinks);
  return {
    ...publisherJsonLd(ctx),
    description: ctx.site.description || undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    publishingPrinciples: policies.publishingPrinciples
      ? url(ctx, policies.publishingPrinciples)
      : undefined,
    correctionsPolicy: policies.correctionsPolicy
      ? url(ctx, policies.correctionsPolicy)
      : undefined,
    ethicsPolicy: policies.ethicsPolicy ? url(ctx, policies.ethicsPolicy) : undefined,
  };
}

/** The site with its search box, for the home page. */
export function websiteJsonLd(ctx: SeoContext): JsonLdNode {
  return {
    "@type": "WebSite",
    "@id": websiteId(ctx),
    url: url(ctx, paths.home),
    name: ctx.site.name,
    description: ctx.site.description || undefined,
    inLanguage: ctx.site.language,
    publisher: { "@id": organizationId(ctx) },
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${url(ctx, paths.search)}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

/** Home › … › here, each step with its absolute URL. */
export function breadcrumbJsonLd(
  ctx: SeoContext,
  trail: { name: string; path: string }[],
): JsonLdNode {
  const steps = [{ name: ctx.site.name, path: paths.home }, ...trail];
  return {
    "@type": "BreadcrumbList",
    itemListElement: steps.map((step, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: step.name,
      item: url(ctx, step.path),
    })),
  };
}

/** A section, tag or the News Feed: the page and the stories it lists, in order. */
export function collectionPageJsonLd(
  ctx: SeoContext,
  page: {
    name: string;
    description: string;
    /** The list's own address (its first page). */
    path: string;
    /** This page's address when it is an older page of the list. */
    pagePath?: string | null;
    stories: ArticleSummaryDto[];
  },
): JsonLdNode {
  const here = page.pagePath ?? page.path;
  return {
    "@type": "CollectionPage",
    "@id": url(ctx, here),
    url: url(ctx, here),
    name: page.name,
    description: page.description || undefined,
    inLanguage: ctx.site.language,
    isPartOf: { "@id": websiteId(ctx) },
    breadcrumb: breadcrumbJsonLd(ctx, [
      { name: page.name, path: page.path },
      ...(page.pagePath ? [{ name: "Older stories", path: page.pagePath }] : []),
    ]),
    mainEntity: {
      "@type": "ItemList",
      itemListElement: page.stories.map((story, index) => ({
        "@type": "ListItem",
        position: index + 1,
        url: url(ctx, paths.article(story.slug)),
        name: story.title,
      })),
    },
  };
}

export interface PersonInput {
  slug: string;
  name: string;
  jobTitle?: string;
  bio?: string;
  links: { kind: string; url: string }[];
  image?: string | null;
}

/** A byline as a schema.org Person: their page on the site and their profiles elsewhere. */
export function personJsonLd(ctx: SeoContext, person: PersonInput): JsonLdNode {
  const sameAs = profileUrls(person.links);
  const page = url(ctx, paths.author(person.slug));
  return {
    "@type": "Person",
    "@id": `${page}#person`,
    name: person.name,
    url: page,
    jobTitle: person.jobTitle || undefined,
    description: person.bio || undefined,
    image: person.image ? url(ctx, person.image) : undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    worksFor: { "@id": organizationId(ctx) },
  };
}

/** An author's page (or an older page of their stories): a ProfilePage about a Person. */
export function profilePageJsonLd(
  ctx: SeoContext,
  person: PersonInput,
  pagePath: string | null = null,
): JsonLdNode {
  const path = paths.author(person.slug);
  const here = pagePath ?? path;
  return {
    "@type": "ProfilePage",
    "@id": url(ctx, here),
    url: url(ctx, here),
    name: person.name,
    inLanguage: ctx.site.language,
    isPartOf: { "@id": websiteId(ctx) },
    breadcrumb: breadcrumbJsonLd(ctx, [
      { name: person.name, path },
      ...(pagePath ? [{ name: "Older stories", path: pagePath }] : []),
    ]),
    mainEntity: personJsonLd(ctx, person),
  };
}

/** The context for this server: SITE_URL and the site's settings. */
export function seoContext(site: SiteSettingsDto): SeoContext {
  return { origin: siteOrigin(), site };
}
