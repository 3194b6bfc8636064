import type { ArticleDetailDto } from "@/lib/articles/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";
import type { ArticleSeoDto } from "./article-seo";
import type { SeoContext } from "./json-ld-site";

/** Plain DTOs for the unit tests of lib/seo. */

export const ORIGIN = "https://news.example.org";

export function testSite(overrides: Partial<SiteSettingsDto> = {}): SiteSettingsDto {
  return {
    name: "The Northern Dispatch",
    tagline: "Independent journalism from Ukraine",
    description: "An independent newsroom.",
    timezone: "Europe/Kyiv",
    language: "en",
    moreLinks: [
      { label: "About", href: "/about" },
      { label: "Corrections policy", href: "/corrections-policy" },
    ],
    socialLinks: [
      { kind: "x", label: "X", url: "https://x.com/dispatch" },
      { kind: "bluesky", label: "Bluesky", url: "https://bsky.app/profile/dispatch" },
    ],
    promoSlots: [],
    ...overrides,
  };
}

export function testContext(site: SiteSettingsDto = testSite()): SeoContext {
  return { origin: ORIGIN, site };
}

export function testArticle(overrides: Partial<ArticleDetailDto> = {}): ArticleDetailDto {
  return {
    id: "art-1",
    slug: "drones-hit-kyiv-overnight",
    edition: "en",
    translations: [],
    title: "Drones hit Kyiv overnight",
    standfirst: "Air defence shot down most of them.",
    type: "NEWS",
    section: { slug: "war", name: "War" },
    publishedAt: new Date("2026-03-01T06:30:00Z"),
    hero: {
      src: "/media/images/ab/abcdef.jpg",
      width: 1600,
      height: 900,
      alt: "A damaged building",
      caption: "A damaged building in Kyiv.",
      credit: "(Jane Doe/Agency)",
    },
    readingMinutes: 3,
    live: false,
    body: { type: "doc", content: [] },
    sectionId: "sec-war",
    authors: [
      {
        slug: "anna-k",
        name: "Anna K",
        jobTitle: "Reporter",
        bio: "Covers Kyiv.",
        links: [
          { kind: "x", url: "https://x.com/annak" },
          { kind: "email", url: "mailto:anna@example.org" },
        ],
        avatar: null,
      },
      { slug: "oleh-p", name: "Oleh P", jobTitle: "", bio: "", links: [], avatar: null },
    ],
    tags: [
      { id: "t1", slug: "kyiv", name: "Kyiv" },
      { id: "t2", slug: "drones", name: "Drones" },
    ],
    substantiveUpdatedAt: null,
    corrections: [],
    seoTitle: "",
    seoDescription: "",
    bodyMedia: {},
    relatedCards: {},
    narration: null,
    ...overrides,
  };
}

export const NO_SEO: ArticleSeoDto = { seoImage: null, audio: null };
