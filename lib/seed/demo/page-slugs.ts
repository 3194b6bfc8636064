/** Slugs of the static pages; articles never take them. */
export const DEMO_PAGE_SLUGS = [
  "about",
  "team",
  "jobs",
  "advertising",
  "contacts",
  "submit-an-opinion",
] as const;
