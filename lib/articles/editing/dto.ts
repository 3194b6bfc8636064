import type { Permission, ArticleStatus } from "@/lib/auth/permissions";
import type { MediaItem } from "@/lib/media/dto";
import type { CorrectionPermissions, CorrectionsEditorData } from "../corrections/dto";
import type { ArticleFields } from "./schemas";
import type { Edition } from "@/lib/i18n/editions";

// Declared beside their code (the form's schema, the pure checklist), named
// here so the editor's components take every type from this one module.
export type { ArticleFields } from "./schemas";
export type { ChecklistItem } from "./checklist";

/** The permissions the editor is told about, each as allowed or not. */
export const ARTICLE_PERMISSIONS = [
  "article.edit",
  "article.submit",
  "article.publish",
  "article.unpublish",
  "article.returnToDraft",
  "article.schedule",
  "article.overrideChecklist",
  "article.setTags",
  "article.setFlags",
  "article.preview",
  "media.upload",
  "page.manage",
] as const satisfies Permission[];

export type ArticlePermissionName = (typeof ARTICLE_PERMISSIONS)[number];

/** Everything the article editor needs, as plain data. */
export interface ArticleEditorData {
  id: string;
  version: number;
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  publishedAt: string | null;
  scheduledAt: string | null;
  /** When a scheduled take-down is due, if one is planned. */
  unpublishAt: string | null;
  /** The newsroom's zone: schedule times are typed and shown in it. */
  timeZone: string;
  updatedAt: string;
  updatedBy: string | null;
  fields: ArticleFields;
  /** What this staff member may do to this article now. */
  allowed: Record<ArticlePermissionName, boolean>;
  options: {
    sections: { id: string; name: string }[];
    tags: { id: string; name: string }[];
    authors: { id: string; name: string; jobTitle: string; staff: boolean }[];
  };
  /** Images and articles the fields already refer to, for previews. */
  media: MediaItem[];
  linkedArticles: { id: string; title: string }[];
  /**
   * The edition the article is published in. Its public address is
   * editionPath(edition, `/${slug}`) for the slug it has at the time: the
   * slug may change as the headline does and when it is first published.
   */
  edition: Edition;
  /** Corrections, clarifications and update notes, and who may change them. */
  corrections: CorrectionsEditorData;
}

/** What the editor needs to know after a workflow move. */
export interface Transitioned {
  id: string;
  version: number;
  status: ArticleStatus;
  /** The address, which a first publication or schedule may have settled. */
  slug: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  unpublishAt: string | null;
  /**
   * What the person who moved it may now do to it, and in its corrections
   * panel: both depend on the status, and the editor applies them from this
   * answer rather than rendering the whole page again.
   */
  allowed: Record<ArticlePermissionName, boolean>;
  corrections: CorrectionPermissions;
}

/** What another writer's newer version holds, for the conflict screen. */
export interface ArticleConflict {
  version: number;
  status: ArticleStatus;
  fields: ArticleFields;
  updatedBy: string;
  updatedAt: string;
}

/** A published story offered for the inline related-article card. */
export interface RelatedCandidate {
  id: string;
  title: string;
  standfirst: string;
  imageSrc: string | null;
}

/** An article's editions, as the editor's translation panel shows them. */
export interface TranslationEditorDto {
  edition: Edition;
  /** The article this one translates, with its text to translate from. */
  original: {
    id: string;
    edition: Edition;
    title: string;
    standfirst: string;
    paragraphs: string[];
  } | null;
  /** The original and the other translations (not this article). */
  others: { id: string; edition: Edition; title: string; status: ArticleStatus }[];
  /** Editions with no version of this story yet. */
  canTranslateInto: Edition[];
}
