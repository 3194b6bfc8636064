/**
 * A cookie that only says "this browser's reader is a member" (1), or a
 * member who asked to see no membership asks (2), so the cached pages'
 * island can hide the support box without asking the server on every
 * page. Readable by scripts; it grants nothing (perks that matter, such as
 * members-only comments, are checked on the server).
 */
export const MEMBER_HINT_COOKIE = "newsroom-member";
export const MEMBER_HINT_SECONDS = 12 * 60 * 60;

export type MemberHint = "1" | "2" | null;

export function memberHint(member: boolean, hideAsks: boolean): MemberHint {
  if (!member) return null;
  return hideAsks ? "2" : "1";
}

/** The Set-Cookie value that records (or, with null, clears) the hint. */
export function memberHintCookie(hint: MemberHint, secure: boolean): string {
  const flags = `Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return hint
    ? `${MEMBER_HINT_COOKIE}=${hint}; ${flags}; Max-Age=${MEMBER_HINT_SECONDS}`
    : `${MEMBER_HINT_COOKIE}=; ${flags}; Max-Age=0`;
}

/** The pages of membership, where a reader signing in is taken straight back. */
export function isMembershipPath(path: string): boolean {
  return /^\/(membership|account)(?:[?#/]|$)/.test(path);
}
