/** What a sign-up form shows about a newsletter. */
export interface NewsletterCardDto {
  id: string;
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
  | { ok: true; newsletterName: string }
  | { ok: false; reason: "invalid-email" | "unknown-newsletter" | "limited" };

export const SIGN_UP_MESSAGES = {
  invalidEmail: "Please, enter correct email address",
  unknownNewsletter: "This newsletter is not available any more.",
  limited: "Too many sign-ups from your connection. Please try again in an hour.",
  failed: "Something went wrong. Please try again.",
  success: (name: string) =>
    `Thank you for signing up for ${name}! We've sent you a confirmation email. Please click the link in it to confirm your subscription.`,
} as const;

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
