import type { SubscriptionStatusFilter } from "./subscriber-params";

/** One subscription (an address on one newsletter) as the staff list shows it. */
export interface SubscriptionRowDto {
  id: string;
  email: string;
  newsletterName: string;
  status: SubscriptionStatusFilter;
  source: string;
  createdAt: Date;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
}

export type SubscriptionStatusName = "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";

export type StatusCounts = Record<SubscriptionStatusName, number>;

export interface ManagedNewsletterDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  cadence: string;
  senderName: string;
  senderEmail: string;
  active: boolean;
  position: number;
  counts: StatusCounts;
}
