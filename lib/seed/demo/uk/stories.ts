import type { UkStory } from "./edition.ts";
import { UK_NEWS } from "./stories-news.ts";
import { UK_TRANSLATED } from "./stories-translated.ts";
import { UK_VIEWS } from "./stories-views.ts";

/** Every story of the Ukrainian edition, newest first. */
export const UK_STORIES: readonly UkStory[] = [...UK_TRANSLATED, ...UK_NEWS, ...UK_VIEWS].sort(
  (a, b) => a.hoursAgo - b.hoursAgo,
);
