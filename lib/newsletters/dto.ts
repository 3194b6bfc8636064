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
  | { ok: true; newsletterNames: string[] }
  | {
      ok: false;
      reason: "invalid-email" | "no-newsletter" | "unknown-newsletter" | "limited";
    };

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export const SIGN_UP_MESSAGES = {
  invalidEmail: "Please, enter correct email address",
  noNewsletter: "Please choose at least one newsletter.",
  unknownNewsletter: "This newsletter is not available any more.",
  limited: "Too many sign-ups from your connection. Please try again in an hour.",
  failed: "Something went wrong. Please try again.",
  success: (names: string[]) =>
    names.length > 1
      ? `Thank you for signing up for ${listNames(names)}! We've sent you a confirmation email for each. Please click the link in each to confirm your subscriptions.`
      : `Thank you for signing up for ${names[0] ?? "our newsletter"}! We've sent you a confirmation email. Please click the link in it to confirm your subscription.`,
} as const;

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
