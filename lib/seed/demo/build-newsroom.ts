import { composeArticle } from "./article.ts";
import { DEMO_AUTHORS } from "./authors.ts";
import { DEMO_NEWSLETTERS } from "./newsletters.ts";
import { buildDemoPages } from "./pages.ts";
import { DEMO_SECTIONS } from "./sections.ts";
import { DEMO_TAGS } from "./tags.ts";
import type { DemoArticle, DemoArticleOptions, DemoNewsroom } from "./types.ts";

/**
 * The demo newsroom of "The Northern Dispatch": everything but the articles
 * (sections, tags, authors, static pages, newsletters), and one article at a
 * time by index. Pure and deterministic; no database access.
 */

export function buildDemoNewsroom(): DemoNewsroom {
  return {
    sections: DEMO_SECTIONS.map((section) => ({ ...section })),
    tags: DEMO_TAGS.map((tag) => ({ ...tag })),
    authors: DEMO_AUTHORS.map((author) => ({
      ...author,
      links: author.links.map((link) => ({ ...link })),
    })),
    pages: buildDemoPages(),
    newsletters: DEMO_NEWSLETTERS.map((newsletter) => ({ ...newsletter })),
  };
}

/**
 * Article number `index` (0-based, 0 newest) of `count`, published `now`
 * minus a deterministic offset. Pure: the same (index, count, now, seed)
 * always gives the same article.
 */
export function buildDemoArticle(index: number, options: DemoArticleOptions): DemoArticle {
  return composeArticle(index, options);
}

export { demoArticleSlug } from "./skeleton.ts";
