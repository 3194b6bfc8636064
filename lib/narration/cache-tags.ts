/**
 * Cache tag of everything listing narrations (the podcast feed). An
 * article's own pages are refreshed through its `article:<id>` tag.
 */
export const NARRATIONS_TAG = "narrations";
