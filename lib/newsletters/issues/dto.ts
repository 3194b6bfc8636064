export type IssueStatusName = "DRAFT" | "SENDING" | "SENT" | "CANCELLED";

export type DeliveryStatusName = "PENDING" | "QUEUED" | "SENT" | "KEPT" | "FAILED" | "SKIPPED";

export interface IssueListItemDto {
  id: string;
  subject: string;
  newsletterName: string;
  status: IssueStatusName;
  createdBy: string;
  createdAt: Date;
  sendStartedAt: Date | null;
  sentAt: Date | null;
  recipientCount: number;
  sentCount: number;
  failedCount: number;
}

export interface IssueDetailDto {
  id: string;
  subject: string;
  intro: string;
  articleIds: string[];
  status: IssueStatusName;
  newsletter: { id: string; name: string; active: boolean };
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  sendStartedAt: Date | null;
  sentAt: Date | null;
  recipientCount: number;
}

export interface IssueProgressDto {
  total: number;
  /** Delivered to the SMTP server, or kept in the outbox when none is configured. */
  sent: number;
  kept: number;
  failed: number;
  skipped: number;
  /** In the outbox, waiting for (or retrying) SMTP. */
  queued: number;
  /** Not yet handed to the outbox. */
  pending: number;
}

export interface DeliveryRowDto {
  id: string;
  email: string;
  status: DeliveryStatusName;
  detail: string;
  queuedAt: Date | null;
  finishedAt: Date | null;
}

/** A published story as the issue's picker lists it. */
export interface IssueArticleChoice {
  id: string;
  title: string;
  section: string;
  publishedAt: Date | null;
}
