import { editionPath, type Edition } from "@/lib/i18n/editions";

/**
 * Addresses of the reader-side newsletter pages and endpoints (safe in
 * client code). A page that speaks to the reader is in their newsletter's
 * edition (`/uk/newsletters/…`); the endpoints serve both.
 */
export const newsletterPaths = {
  /** Every active newsletter, each with a sign-up form. */
  index: "/newsletters",
  /** The index in an edition: "/uk/newsletters". */
  indexIn: (edition: Edition) => editionPath(edition, "/newsletters"),
  /** One newsletter's form on its own; the no-JavaScript sign-up answers land here. */
  signUp: (slug: string) => `/newsletters/sign-up?newsletter=${encodeURIComponent(slug)}`,
  /** Where a sign-up posted without JavaScript lands: the choices it made, and its outcome. */
  signUpResult: (slugs: string[], result: string, edition: Edition = "en") => {
    const query = new URLSearchParams(slugs.slice(0, 20).map((slug) => ["newsletter", slug]));
    query.set("result", result);
    return editionPath(edition, `/newsletters/sign-up?${query}`);
  },
  confirm: (token: string, edition: Edition = "en") =>
    editionPath(edition, `/newsletters/confirm?token=${encodeURIComponent(token)}`),
  manage: (token: string, edition: Edition = "en") =>
    editionPath(edition, `/newsletters/manage?token=${encodeURIComponent(token)}`),
  /** The preferences page without a token (where a reader asks for a new link), with a notice. */
  manageNotice: (edition: Edition, notice: "reset" | "requested", value: string) =>
    editionPath(edition, `/newsletters/manage?${new URLSearchParams({ [notice]: value })}`),
  /** The page with the "Unsubscribe" button (what a browser opening the one-click URL sees). */
  unsubscribePage: (token: string, edition: Edition = "en") =>
    editionPath(edition, `/newsletters/unsubscribe?token=${encodeURIComponent(token)}`),
  /** POST endpoints. */
  api: {
    subscribe: "/api/newsletters/subscribe",
    confirm: "/api/newsletters/confirm",
    preferences: "/api/newsletters/preferences",
    manageLink: "/api/newsletters/manage-link",
    /** RFC 8058 one-click target; a GET redirects to `unsubscribePage`. */
    unsubscribe: (token: string) =>
      `/api/newsletters/unsubscribe?token=${encodeURIComponent(token)}`,
  },
} as const;
