/**
 * The client components a reader page can hydrate on its own, without the
 * framework's runtime (see components/islands/server.tsx). A name links the
 * server's marker to the loader in components/islands/client.ts.
 */
export const ISLAND_NAMES = [
  "article-rails",
  "comments",
  "edit-post-link",
  "member",
  "narration-player",
  "nav-more",
  "section-strip",
  "search-form",
  "sign-up-form",
  "view-beacon",
] as const;

export type IslandName = (typeof ISLAND_NAMES)[number];

/** The attribute a page carries when it is sent as HTML with islands alone. */
export const DELIVERY_ATTRIBUTE = "data-delivery";
export const ISLAND_ATTRIBUTE = "data-island";
export const PROPS_ATTRIBUTE = "data-props";
/** Set on an island's wrapper once it is hydrated and its effects have run. */
export const HYDRATED_ATTRIBUTE = "data-hydrated";
