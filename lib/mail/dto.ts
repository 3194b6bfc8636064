// Declared beside the list-address parser, named here for the components.
export type { OutboxFilter, OutboxParams } from "./outbox-params";

export type OutboxStatus = "QUEUED" | "SENDING" | "SENT" | "FAILED" | "KEPT";

export interface OutboxListItemDto {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxMessageDto extends OutboxListItemDto {
  from: string;
  messageId: string | null;
  idempotencyKey: string | null;
  /** Extra headers as stored (List-Unsubscribe, Reply-To…), in order. */
  headers: { name: string; value: string }[];
  html: string;
  text: string;
  /** Readers' personal links in it were shown with their tokens hidden. */
  personalLinksHidden: boolean;
}
