/**
 * Cached reads of the newsletter list (sign-up forms on article pages, the
 * footer and /newsletters) carry this tag; any change to a newsletter's name,
 * description, cadence, order or active flag must call
 * `invalidateTags([NEWSLETTERS_TAG])` after its transaction commits.
 */
export const NEWSLETTERS_TAG = "newsletters";
