import type { RevisionDiff } from "./revision-diff";

// The diff shapes are declared beside the diffing code; named here for the
// components that draw them.
export type { BlockChange } from "./body-diff";
export type { FieldChange, ImageValue } from "./revision-diff";
export type { DiffPart } from "./word-diff";

export type RevisionKindName = "AUTOSAVE" | "SAVE" | "PUBLISH" | "RESTORE";

/** One line of an article's history. */
export interface RevisionSummary {
  id: string;
  /** The article version this revision produced; unique per article, never reused. */
  version: number;
  kind: RevisionKindName;
  createdAt: string;
  /** Who saved it; null for the scheduler, the seeder or a deleted account. */
  by: string | null;
  restoredFromVersion: number | null;
  /** The article's latest revision, i.e. what the article holds now. */
  newest: boolean;
}

export interface RevisionHistoryArticle {
  id: string;
  title: string;
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  /** The version a restore must name, as of this page. */
  version: number;
}

export interface RevisionPage {
  article: RevisionHistoryArticle;
  /** Whether this person may restore (edit this article now). */
  canRestore: boolean;
  revisions: RevisionSummary[];
  /** The article's latest revision (what it holds now) and the one before it. */
  newestId: string | null;
  previousId: string | null;
  page: number;
  pageCount: number;
  total: number;
}

export interface RevisionComparison {
  /** The older of the two (for a restore: the current version). */
  from: RevisionSummary;
  to: RevisionSummary;
  diff: RevisionDiff;
}

/** A finished restore, read back from its audit row. */
export interface RestoreOutcome {
  version: number;
  restoredFromVersion: number;
  /** What could not come back as it was. */
  notes: string[];
  by: string | null;
}

export const REVISION_PAGE_SIZE = 20;
