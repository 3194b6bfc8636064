import type { ArticleType } from "../dto";
import type { CorrectionKind } from "./limits";

export type { CorrectionKind } from "./limits";

/** A note as the article editor lists it. */
export interface CorrectionNoteDto {
  id: string;
  kind: CorrectionKind;
  text: string;
  /** ISO time the note was made public. */
  publishedAt: string;
  createdBy: string | null;
}

/** The editor's "Corrections and updates" panel: the notes and what this person may do. */
export interface CorrectionPermissions {
  /** May add notes (article.correct); the article must also be published. */
  canAdd: boolean;
  /** May change a note's text (article.correct). */
  canEdit: boolean;
  /** May take a note off (article.removeCorrection, editors). */
  canRemove: boolean;
}

export interface CorrectionsEditorData extends CorrectionPermissions {
  notes: CorrectionNoteDto[];
  /** The newsroom's timezone, in which times are shown and chosen. */
  timeZone: string;
}

/** A line of the public /corrections page. */
export interface PublicCorrectionDto {
  id: string;
  kind: CorrectionKind;
  text: string;
  publishedAt: Date;
  article: { slug: string; title: string; type: ArticleType };
}

export interface PublicCorrectionPage {
  corrections: PublicCorrectionDto[];
  /** Cursor of the next (older) page, or null on the last page. */
  older: string | null;
}
