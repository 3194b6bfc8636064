import type { MembershipInterval, MembershipStatus } from "@/generated/prisma/enums";

export type { MembershipInterval, MembershipStatus };
export type { MemberFilters } from "./member-params";
export type { MemberHint } from "./member-cookie";

export interface TierDto {
  id: string;
  name: string;
  description: string;
  /** Minor units (cents); null when not offered at that interval. */
  monthlyAmount: number | null;
  annualAmount: number | null;
  position: number;
  active: boolean;
}

export interface FaqDto {
  question: string;
  answer: string;
}

/** Everything /membership and the support box show; the same for every reader. */
export interface MembershipOfferDto {
  headline: string;
  pitch: string;
  faqs: FaqDto[];
  supportTitle: string;
  supportText: string;
  currency: string;
  customAmount: boolean;
  customMinimum: number;
  donations: boolean;
  donationMinimum: number;
  hideAsksForMembers: boolean;
  membersOnlyComments: boolean;
  /** Offered tiers, in order. */
  tiers: TierDto[];
}

/** What a membership is now: the plan, its state and its dates. */
export interface MembershipTermsDto {
  status: MembershipStatus;
  tierName: string | null;
  interval: MembershipInterval | null;
  amount: number;
  currency: string;
  startedAt: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
}

/** A reader's own membership, for their account page. */
export interface MemberAccountDto extends MembershipTermsDto {
  endedAt: Date | null;
  history: MemberHistoryDto[];
}

export interface MemberHistoryDto {
  type: string;
  status: MembershipStatus | null;
  amount: number | null;
  donation: boolean;
  occurredAt: Date;
}

/** One row of the staff members list. */
export interface MemberRowDto extends MembershipTermsDto {
  id: string;
  email: string;
  displayName: string;
}

export interface MemberCountsDto {
  active: number;
  pastDue: number;
  canceled: number;
  /** Monthly recurring revenue now, minor units. */
  mrr: number;
  perTier: { tierId: string | null; name: string; active: number }[];
}

/** Monthly recurring revenue at the end of one month. */
export interface MrrPointDto {
  /** "2026-11" */
  month: string;
  mrr: number;
  members: number;
}

/** A members' newsletter on the account page, and whether this member gets it. */
export interface MemberNewsletterDto {
  id: string;
  name: string;
  description: string;
  subscribed: boolean;
}
