import type { NarrationDto } from "@/lib/articles/dto";
import type { FeedStoryDto } from "@/lib/seo/dto";

/** What the editor's "Audio narration" panel shows; plain data for the client. */

export type NarrationJobStatus = "PENDING" | "RUNNING" | "FAILED";

export interface NarrationPanelDto {
  articleStatus: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  /** The article's current version, to say whether the audio reads it. */
  articleVersion: number;
  /** May regenerate or remove (narration.manage on this article). */
  canManage: boolean;
  provider: {
    name: "espeak" | "openai" | "off";
    label: string;
    voice: string;
    /** Why nothing can be generated with this configuration, if so. */
    problem: string | null;
  };
  /** What readers hear now. */
  live: {
    url: string;
    durationMs: number;
    bytes: number;
    articleVersion: number;
    provider: string;
    voice: string;
    readyAt: string | null;
    generationMs: number | null;
  } | null;
  /** Work newer than the live audio: waiting, generating or failed. */
  job: {
    status: NarrationJobStatus;
    articleVersion: number;
    provider: string;
    attempts: number;
    maxAttempts: number;
    chunksDone: number;
    chunksTotal: number;
    lastError: string;
    nextAttemptAt: string;
  } | null;
}

export interface NarratedArticleDto extends FeedStoryDto {
  narration: NarrationDto;
}
