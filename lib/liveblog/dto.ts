import type { BylineDto, ImageDto } from "@/lib/articles/dto";
import type { ArticleDocument } from "@/lib/documents/schema";
import type { MediaItem } from "@/lib/media/dto";
import type { LiveUpdateStatus } from "./rules";

// Declared beside the pure rule an open page polls with; named here for the island.
export type { SeenUpdate } from "./open-page";

export type LiveBlogState = "LIVE" | "ENDED";

/** What a live blog has beyond its article: shown above the stream. */
export interface LiveBlogDto {
  articleId: string;
  state: LiveBlogState;
  coverageStartAt: Date;
  coverageEndAt: Date | null;
  keyPoints: string[];
  /** The newest published update's time, if any. */
  lastUpdateAt: Date | null;
}

/** One update as readers see it. */
export interface LiveUpdateDto {
  id: string;
  title: string;
  body: ArticleDocument;
  /** The writer's byline; null for an update with no profile to credit. */
  author: BylineDto | null;
  publishedAt: Date;
  pinned: boolean;
  /** Moves on every edit of the text: how an open page knows an update changed. */
  version: number;
  /** Images the body shows, by media id. */
  media: Record<string, ImageDto>;
}

/** One page of a live blog's stream. */
export interface LiveStreamDto {
  pinned: LiveUpdateDto[];
  updates: LiveUpdateDto[];
  /** The cursor of "Older updates", or null on the last page. */
  older: string | null;
  /** How many public updates the live blog has in all. */
  total: number;
}

/** What the open page's island polls: the newest updates, small and cached. */
export interface LatestUpdatesDto {
  state: LiveBlogState;
  updates: LiveUpdateDto[];
}

/** An update as staff see it beside the stream, drafts and schedules too. */
export interface StaffUpdateDto {
  id: string;
  title: string;
  body: ArticleDocument;
  status: LiveUpdateStatus;
  pinned: boolean;
  publishedAt: string | null;
  version: number;
  authorName: string;
  updatedAt: string;
  /** Whether the acting staff member may change, post or delete it. */
  mayEdit: boolean;
  mayPost: boolean;
  mayDelete: boolean;
}

/** The live desk: the composer's side of a live blog (lib/liveblog/desk.ts). */
export interface LiveDeskDto {
  article: { id: string; title: string; slug: string; status: string };
  state: LiveBlogState;
  keyPoints: string[];
  updates: StaffUpdateDto[];
  /** Images the listed updates show, for the editor's image blocks. */
  media: MediaItem[];
  timeZone: string;
  allowed: { post: boolean; pin: boolean; manage: boolean; upload: boolean };
}
