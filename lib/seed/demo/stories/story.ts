import type { BlockNode } from "../../../documents/schema.ts";
import type { LocalDate } from "../dates.ts";
import { pictureByKey } from "../pictures.ts";
import type { SectionSlug } from "../sections.ts";
import type { DemoArticleType, DemoCorrection } from "../types.ts";

/**
 * A hand-written story: the newest articles of the demo are these, so the
 * front page, the first page of every section and the feeds read like a
 * real newsroom's day. Everything here is invented for this project: the
 * people, their words and the events, set in real places.
 */

export interface StoryPhoto {
  /** A key of DEMO_PICTURES, e.g. "smoke-2". */
  picture: string;
  /** Says what, where and when; given the publication date. */
  caption: (d: LocalDate) => string;
  credit: string;
}

export interface Story {
  slug: string;
  title: string;
  standfirst: string;
  type: DemoArticleType;
  section: SectionSlug;
  tags: readonly string[];
  authors: readonly string[];
  hero: StoryPhoto;
  /** Body blocks; images via `figure`, related cards via `related`. */
  body: (d: LocalDate) => BlockNode[];
  featured?: boolean;
  editorsPick?: boolean;
  correction?: { kind: DemoCorrection["kind"]; text: string; hoursAfter: number };
  /** A substantive update this many hours after publication. */
  updatedHoursAfter?: number;
}

export const STAFF_PHOTO = "(Oksana Hrytsenko/The Northern Dispatch)";

/** An image block for one of the demo's pictures (the seeder swaps in the media id). */
export function figure(photo: StoryPhoto, d: LocalDate): BlockNode {
  return {
    type: "image",
    attrs: {
      mediaId: `demo:${photo.picture}`,
      alt: pictureByKey(photo.picture).alt,
      caption: photo.caption(d),
      credit: photo.credit,
    },
  };
}

/** A related-article card pointing at another story by slug (resolved by the seeder). */
export function related(slug: string): BlockNode {
  return { type: "relatedArticle", attrs: { articleId: `demo:${slug}` } };
}

/** The weekday before `d`'s, for "overnight into Tuesday" and "on Monday evening". */
export function dayBefore(d: LocalDate): string {
  const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  return days[(days.indexOf(d.weekday) + 6) % 7] ?? "Sunday";
}

/** "winter", "spring", "summer" or "autumn" in Ukraine at `d`. */
export function season(d: LocalDate): "winter" | "spring" | "summer" | "autumn" {
  const m = d.monthIndex;
  return m <= 1 || m === 11 ? "winter" : m <= 4 ? "spring" : m <= 7 ? "summer" : "autumn";
}
