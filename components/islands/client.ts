import { countView } from "@/components/article/view-count";
import { hasStaffHint } from "@/components/auth/staff-hint";
import { markMember } from "@/components/membership/member-hint";
import type { ComponentType } from "react";
import { ISLAND_ATTRIBUTE, PROPS_ATTRIBUTE, type IslandName } from "./names";

/**
 * The islands' module (built by scripts/build-islands.ts, not by Next).
 * It carries no React: each island is a chunk, and React a chunk they
 * share, fetched only when an island is wanted.
 * - `interaction`: when a reader points at it, touches it or tabs into it
 *   (the menu, the section strip, search). A click or a submit that comes
 *   before it is ready is held and given to it once it is;
 * - `visible`: the same, or when it comes near the viewport (the player,
 *   comments, rails, sign-up forms);
 * - `load`: at once, where it has work to do (Edit post, for staff);
 * - `run`: islands that draw nothing run as plain DOM code.
 * So a reader who only reads downloads no React at all.
 */
type Loader = () => Promise<ComponentType<never>>;

type Island =
  | { hydrate: Loader; when: "visible" | "interaction" | (() => "load" | null) }
  | { run: (props: never) => () => void };

const ISLANDS: Record<IslandName, Island> = {
  "article-rails": {
    hydrate: () => import("@/components/article/article-rails").then((m) => m.ArticleRails),
    when: "visible",
  },
  comments: {
    hydrate: () => import("@/components/comments/comments-island").then((m) => m.CommentsIsland),
    when: "visible",
  },
  "edit-post-link": {
    hydrate: () => import("@/components/article/edit-post-link").then((m) => m.EditPostLink),
    when: () => (hasStaffHint() ? "load" : null),
  },
  member: { run: markMember },
  "narration-player": {
    hydrate: () => import("@/components/narration/narration-player").then((m) => m.NarrationPlayer),
    when: "visible",
  },
  "nav-more": {
    hydrate: () => import("@/components/layout/nav-more").then((m) => m.NavMore),
    when: "interaction",
  },
  "search-form": {
    hydrate: () => import("@/components/search/search-form").then((m) => m.SearchForm),
    when: "interaction",
  },
  "section-strip": {
    hydrate: () => import("@/components/layout/section-strip").then((m) => m.SectionStrip),
    when: "interaction",
  },
  "sign-up-form": {
    hydrate: () => import("@/components/newsletters/sign-up-form").then((m) => m.SignUpForm),
    when: "visible",
  },
  "view-beacon": { run: ({ articleId }: { articleId: string }) => countView(articleId) },
};

const NEAR = "400px 0px";
const BROWSERS_OWN =
  "a[href], label, select, textarea, input:not([type=submit], [type=button], [type=image], [type=reset])";
const ASKING = ["pointerover", "pointerdown", "touchstart", "focusin", "keydown"] as const;

/**
 * Hydrates on the first sign a reader is about to use the island (or, with
 * `near`, once one of its boxes comes near the viewport), and holds a click
 * or submit that arrives first, to hand it over once the island can answer
 * it. Links and form fields are left alone: they work as they are.
 */
function hydrateWhenWanted(element: HTMLElement, start: () => Promise<void>, near: boolean) {
  let held: (() => void) | null = null;
  let ready = false;
  let begun = false;
  let observer: IntersectionObserver | null = null;
  const begin = () => {
    if (begun) return;
    begun = true;
    observer?.disconnect();
    for (const type of ASKING) element.removeEventListener(type, begin);
    void start().then(() => {
      ready = true;
      element.removeEventListener("click", hold, true);
      element.removeEventListener("submit", hold, true);
      const replay = held;
      held = null;
      replay?.();
    });
  };
  const hold = (event: Event) => {
    if (ready) return;
    const target = event.target as HTMLElement;
    // Links, and the fields a reader ticks, picks or types in, do what the
    // browser does: their state is the page's own, and hydration keeps it.
    // Held, a ticked box would untick until the island is ready.
    if (event.type === "click" && target.closest(BROWSERS_OWN)) return;
    event.preventDefault();
    event.stopPropagation();
    held =
      event.type === "submit"
        ? () => (target as HTMLFormElement).requestSubmit()
        : () => target.isConnected && target.click();
    begin();
  };
  for (const type of ASKING) element.addEventListener(type, begin, { passive: true });
  element.addEventListener("click", hold, true);
  element.addEventListener("submit", hold, true);
  if (!near) return;
  // The wrapper is `display: contents`: it has no box of its own to watch.
  const boxes = [...element.children];
  if (!boxes.length || !("IntersectionObserver" in window)) return begin();
  observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) begin();
    },
    { rootMargin: NEAR },
  );
  for (const box of boxes) observer.observe(box);
}

/** Loads an island, and React with it, and hydrates it; resolves once it is ready. */
async function hydrate(name: string, element: HTMLElement, load: Loader, props: object) {
  try {
    const [Component, { hydrateIsland }] = await Promise.all([load(), import("./hydrate")]);
    await hydrateIsland(element, Component as ComponentType<object>, props);
  } catch (error) {
    console.error(`The ${name} island did not load`, error);
  }
}

for (const element of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}]`)) {
  const name = element.getAttribute(ISLAND_ATTRIBUTE) ?? "";
  if (!Object.hasOwn(ISLANDS, name)) continue;
  const island = ISLANDS[name as IslandName];
  const props = JSON.parse(element.getAttribute(PROPS_ATTRIBUTE) ?? "{}") as never;
  if ("run" in island) {
    island.run(props);
    continue;
  }
  const start = () => hydrate(name, element, island.hydrate, props);
  if (typeof island.when === "string") hydrateWhenWanted(element, start, island.when === "visible");
  else if (island.when() === "load") void start();
}
