import type { Edition } from "@/lib/i18n/editions";
import type { RowProblem } from "./import-rows";
import type { SubscriptionStatusFilter } from "./subscriber-params";

// Declared beside the list-address parser, named here for the components.
export type { SubscriberFilters, SubscriptionStatusFilter } from "./subscriber-params";

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
  /** Only members' addresses may subscribe (a membership perk). */
  membersOnly: boolean;
  /** The edition whose pages offer it, and the language of its emails. */
  edition: Edition;
  position: number;
  counts: StatusCounts;
}

/** What a subscriber import did, or would do when it is a preview. */
export interface ImportReport {
  /** False for a preview: nothing was written. */
  imported: boolean;
  newsletterName: string;
  added: number;
  alreadySubscribed: number;
  skippedUnsubscribed: number;
  invalid: number;
  duplicates: number;
  /** Rows that will not be (or were not) imported, with the reason; the first 200. */
  problems: RowProblem[];
}
