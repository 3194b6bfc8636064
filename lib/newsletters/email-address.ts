import { isEmailAddress } from "@/lib/mail/validate";

/**
 * Stricter than what the outbox accepts (which allows e.g. "root@localhost"):
 * a reader's address needs a dotted domain with a real top-level part, which
 * catches the usual typos ("name@gmail", "name@gmail.", "name@gmail..com").
 */
const READER_DOMAIN = /@(?:[^\s@.]+\.)+[^\s@.\d]{2,}$/u;

/**
 * A reader's email address as typed into a form: trimmed and lower-cased
 * (Subscriber.email is stored lower-cased), or null when it is not one
 * usable address.
 */
export function normalizeEmail(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return email.length <= 254 && isEmailAddress(email) && READER_DOMAIN.test(email) ? email : null;
}
