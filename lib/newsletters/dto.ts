import type { Edition } from "@/lib/i18n/editions";

/** What a sign-up form shows about a newsletter. */
export interface NewsletterCardDto {
  id: string;
  /** The edition whose pages offer it, and the language of its emails. */
  edition: Edition;
  slug: string;
  name: string;
  description: string;
  /** "Daily", "Weekly", … (may be empty). */
  cadence: string;
}

/** Where a sign-up came from, recorded on the subscription. */
export const SIGN_UP_SOURCES = [
  "article",
  "footer",
  "newsletters-page",
  "sign-up-page",
  "unsubscribe-page",
] as const;
export type SignUpSource = (typeof SIGN_UP_SOURCES)[number];

/** The answer a sign-up form shows; the same for every address, known or not. */
export type SignUpAnswer =
  | { ok: true; newsletterNames: string[]; edition: Edition }
  | {
      ok: false;
      /** The language of the form's answer: the edition of the newsletters it named. */
      edition: Edition;
      reason: "invalid-email" | "no-newsletter" | "unknown-newsletter" | "limited";
    };

/** The most newsletters one form post can ask for. */
export const MAX_SIGN_UP_CHOICES = 20;

export type PreferenceStatus = "subscribed" | "pending" | "unsubscribed" | "not-subscribed";

/** One row of a reader's preferences page. */
export interface PreferenceItem extends NewsletterCardDto {
  status: PreferenceStatus;
  /** When it was confirmed (subscribed) or ended (unsubscribed). */
  since: Date | null;
}

export interface PreferencesView {
  email: string;
  newsletters: PreferenceItem[];
}
