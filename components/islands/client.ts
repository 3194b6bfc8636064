import { createElement, type ComponentType } from "react";
import { hydrateRoot } from "react-dom/client";
import { ISLAND_ATTRIBUTE, PROPS_ATTRIBUTE, type IslandName } from "./names";

/**
 * The islands' module (built by scripts/build-islands.ts, not by Next):
 * finds each island on the page and hydrates it as a root of its own,
 * loading only the islands the page has.
 */
type Loader = () => Promise<ComponentType<never>>;

const LOADERS: Record<IslandName, Loader> = {
  "article-rails": () => import("@/components/article/article-rails").then((m) => m.ArticleRails),
  comments: () => import("@/components/comments/comments-island").then((m) => m.CommentsIsland),
  "narration-player": () =>
    import("@/components/narration/narration-player").then((m) => m.NarrationPlayer),
  "view-beacon": () => import("@/components/article/view-beacon").then((m) => m.ViewBeacon),
  "edit-post-link": () => import("@/components/article/edit-post-link").then((m) => m.EditPostLink),
  member: () => import("@/components/membership/member-island").then((m) => m.MemberIsland),
  "nav-more": () => import("@/components/layout/nav-more").then((m) => m.NavMore),
  "section-strip": () => import("@/components/layout/section-strip").then((m) => m.SectionStrip),
  "search-form": () => import("@/components/search/search-form").then((m) => m.SearchForm),
  "sign-up-form": () => import("@/components/newsletters/sign-up-form").then((m) => m.SignUpForm),
};

function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(LOADERS, name);
}

for (const element of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}]`)) {
  const name = element.getAttribute(ISLAND_ATTRIBUTE) ?? "";
  if (!isIslandName(name)) continue;
  const props = JSON.parse(element.getAttribute(PROPS_ATTRIBUTE) ?? "{}") as object;
  LOADERS[name]().then(
    (Component) => hydrateRoot(element, createElement(Component as ComponentType<object>, props)),
    (error: unknown) => console.error(`The ${name} island did not load`, error),
  );
}
