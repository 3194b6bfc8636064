import { createElement, type ComponentType } from "react";
import { hydrateRoot } from "react-dom/client";
import { EditPostLink } from "@/components/article/edit-post-link";
import { ViewBeacon } from "@/components/article/view-beacon";
import { NavMore } from "@/components/layout/nav-more";
import { SectionStrip } from "@/components/layout/section-strip";
import { MemberIsland } from "@/components/membership/member-island";
import { SignUpForm } from "@/components/newsletters/sign-up-form";
import { SearchForm } from "@/components/search/search-form";
import { ISLAND_ATTRIBUTE, PROPS_ATTRIBUTE, type IslandName } from "./names";

/**
 * The islands' module (built by scripts/build-islands.ts, not by Next):
 * finds each island on the page and hydrates it as a root of its own. The
 * small islands every page has travel with it; the article's heavier ones
 * are chunks of their own, fetched only where one is on the page.
 */
type Loader = () => Promise<ComponentType<never>>;

const now =
  <P>(component: ComponentType<P>): Loader =>
  () =>
    Promise.resolve(component as ComponentType<never>);

const LOADERS: Record<IslandName, Loader> = {
  "article-rails": () => import("@/components/article/article-rails").then((m) => m.ArticleRails),
  comments: () => import("@/components/comments/comments-island").then((m) => m.CommentsIsland),
  "narration-player": () =>
    import("@/components/narration/narration-player").then((m) => m.NarrationPlayer),
  "edit-post-link": now(EditPostLink),
  member: now(MemberIsland),
  "nav-more": now(NavMore),
  "search-form": now(SearchForm),
  "section-strip": now(SectionStrip),
  "sign-up-form": now(SignUpForm),
  "view-beacon": now(ViewBeacon),
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
