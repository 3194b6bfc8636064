import "server-only";
import { hkdfSync } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { absoluteUrl } from "@/lib/seo/urls";
import {
  readManageToken,
  readUnsubscribeToken,
  signManageToken,
  signUnsubscribeToken,
  type ManageClaim,
  type UnsubscribeClaim,
} from "./link-tokens";
import type { Edition } from "@/lib/i18n/editions";
import { newsletterPaths } from "./paths";

/**
 * Every newsletter email's personal links and unsubscribe headers. Links are
 * signed with a key derived from the site's secret (AUTH_SECRET), so they work
 * on every instance and in every email ever sent; changing AUTH_SECRET
 * retires all of them (and all staff sessions).
 */

const holder = globalThis as { newsroomNewsletterLinkKey?: Buffer };

function linkKey(): Buffer {
  // A derived key: a newsletter link can never be replayed as a session or
  // anything else signed with the same secret.
  holder.newsroomNewsletterLinkKey ??= Buffer.from(
    hkdfSync("sha256", authSecret(), "", "newsroom newsletter personal links", 32),
  );
  return holder.newsroomNewsletterLinkKey;
}

/**
 * The reader's personal preferences page URL (absolute, from SITE_URL), no
 * account needed; in `edition`'s language (the newsletter the email is from).
 */
export function manageUrl(
  subscriberId: string,
  issuedAt: number = Date.now(),
  edition: Edition = "en",
): string {
  return absoluteUrl(managePath(subscriberId, issuedAt, edition));
}

/** The same as a path, for redirects within the site. */
export function managePath(
  subscriberId: string,
  issuedAt: number = Date.now(),
  edition: Edition = "en",
): string {
  return newsletterPaths.manage(signManageToken(linkKey(), { subscriberId, issuedAt }), edition);
}

/** Absolute URL that unsubscribes from one newsletter on POST (RFC 8058 one-click) and shows a confirm page on GET. */
export function oneClickUnsubscribeUrl(subscriberId: string, newsletterId: string): string {
  return absoluteUrl(
    newsletterPaths.api.unsubscribe(
      signUnsubscribeToken(linkKey(), { subscriberId, newsletterId }),
    ),
  );
}

/** `List-Unsubscribe` (the https one-click URL) and `List-Unsubscribe-Post` (RFC 8058). */
export function unsubscribeHeaders(
  subscriberId: string,
  newsletterId: string,
): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(subscriberId, newsletterId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** An authentic preferences token's claim; the caller still checks revocation against the row. */
export function readManageLink(token: unknown): ManageClaim | null {
  return readManageToken(linkKey(), token);
}

export function readUnsubscribeLink(token: unknown): UnsubscribeClaim | null {
  return readUnsubscribeToken(linkKey(), token);
}
