import { editionPath, splitEditionPath, type Edition } from "@/lib/i18n/editions";

/**
 * The readers' pages, in the edition of the page the reader came from: a
 * reader who signs in under a Ukrainian story reads the sign-in page, the
 * email and their name page in Ukrainian.
 */
export const readerPaths = {
  editionOf: (returnTo: string): Edition => splitEditionPath(returnTo).edition,
  signIn: (returnTo: string, extra: Record<string, string> = {}) =>
    editionPath(
      readerPaths.editionOf(returnTo),
      `/comments/sign-in?${new URLSearchParams({ returnTo, ...extra })}`,
    ),
  profile: (returnTo: string, extra: Record<string, string> = {}) =>
    editionPath(
      readerPaths.editionOf(returnTo),
      `/comments/profile?${new URLSearchParams({ returnTo, ...extra })}`,
    ),
  /** Where the emailed link leads (a path; the email makes it absolute). */
  confirm: (edition: Edition, token: string) =>
    editionPath(edition, `/comments/sign-in/confirm?token=${token}`),
};
