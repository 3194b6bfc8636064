import type { BlockNode } from "../../documents/schema.ts";
import { HOUR, MINUTE, localDate } from "./dates.ts";
import { documentOf } from "./doc.ts";
import { pictureByKey } from "./pictures.ts";
import { STORIES, storyIndex } from "./stories/stories.ts";
import type { Story } from "./stories/story.ts";
import type { DemoArticle, DemoCorrection, DemoImage } from "./types.ts";

/** Turns a hand-written story into the demo article at its index. */

const PLACEHOLDER = "demo:";
export const RELATED_PLACEHOLDER = "demo:related";

export function storyAt(index: number, count: number): Story | null {
  return index < count ? (STORIES[index] ?? null) : null;
}

function image(key: string, caption: string, credit: string): DemoImage {
  const picture = pictureByKey(key);
  return { key, motif: picture.motif, alt: picture.alt, caption, credit };
}

/** A change made `hours` after publication, but never later than halfway to now. */
function later(published: number, now: number, hours: number): Date | null {
  const room = now - published;
  if (room < 10 * MINUTE) return null;
  const at = published + Math.min(hours * HOUR, room / 2);
  return new Date(Math.floor(at / 1000) * 1000);
}

export function composeStory(
  story: Story,
  index: number,
  count: number,
  published: number,
  now: number,
): DemoArticle {
  const date = localDate(published);
  let relatedSlug: string | null = null;
  const bodyImages: DemoImage[] = [];
  const content: BlockNode[] = [];
  for (const block of story.body(date)) {
    if (block.type === "relatedArticle") {
      const slug = block.attrs.articleId.slice(PLACEHOLDER.length);
      const target = storyIndex(slug);
      // Only an older story that this demo has; otherwise the card is left out.
      if (relatedSlug === null && target !== undefined && target > index && target < count) {
        relatedSlug = slug;
        // Short, so the document stays valid; the seeder swaps in the article's id.
        content.push({ type: "relatedArticle", attrs: { articleId: RELATED_PLACEHOLDER } });
      }
      continue;
    }
    if (block.type === "image") {
      const key = block.attrs.mediaId.slice(PLACEHOLDER.length);
      bodyImages.push(image(key, block.attrs.caption, block.attrs.credit));
    }
    content.push(block);
  }
  const corrections: DemoCorrection[] = [];
  if (story.correction) {
    const at = later(published, now, story.correction.hoursAfter);
    if (at)
      corrections.push({
        kind: story.correction.kind,
        text: story.correction.text,
        publishedAt: at,
      });
  }
  const updated = story.updatedHoursAfter ? later(published, now, story.updatedHoursAfter) : null;
  return {
    slug: story.slug,
    title: story.title,
    standfirst: story.standfirst,
    type: story.type,
    sectionSlug: story.section,
    tagSlugs: [...story.tags],
    authorSlugs: [...story.authors],
    publishedAt: new Date(published),
    substantiveUpdatedAt: updated,
    body: documentOf(content),
    hero: image(story.hero.picture, story.hero.caption(date), story.hero.credit),
    bodyImages,
    relatedSlug,
    featured: story.featured ?? false,
    editorsPick: story.editorsPick ?? false,
    corrections,
  };
}
