/** What reader-facing commands answer: data, or a reason the reader can be shown. */
export type ReaderFailureCode =
  "unauthenticated" | "forbidden" | "invalid" | "not-found" | "limited" | "closed";

export type ReaderFailure = {
  ok: false;
  code: ReaderFailureCode;
  error: string;
  /** Field name → message, shown next to the field. */
  fieldErrors?: Record<string, string>;
};

export type ReaderResult<T = null> = { ok: true; data: T } | ReaderFailure;

export const done = <T>(data: T): ReaderResult<T> => ({ ok: true, data });

export function fail(
  code: ReaderFailureCode,
  error: string,
  fieldErrors?: Record<string, string>,
): ReaderFailure {
  return fieldErrors ? { ok: false, code, error, fieldErrors } : { ok: false, code, error };
}

export const SIGNED_OUT = fail("unauthenticated", "Sign in to comment.");
export const BANNED = fail(
  "forbidden",
  "Your account can no longer post or change comments on this site.",
);
export const TOO_FAST = fail(
  "limited",
  "You are doing that too often. Wait a few minutes and try again.",
);

/** HTTP status for a failure, for route handlers. */
export function statusOf(failure: ReaderFailure): number {
  return {
    unauthenticated: 401,
    forbidden: 403,
    invalid: 422,
    "not-found": 404,
    limited: 429,
    closed: 409,
  }[failure.code];
}
