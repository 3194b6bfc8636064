import type { ComponentType } from "react";
import { ArticleRails as ArticleRailsClient } from "@/components/article/article-rails";
import { EditPostLink as EditPostLinkClient } from "@/components/article/edit-post-link";
// Loaded only where rendered, on pages that keep Next's runtime too.
import {
  CommentsIsland as CommentsClient,
  NarrationPlayer as NarrationPlayerClient,
} from "@/components/article/islands";
import { ViewBeacon as ViewBeaconClient } from "@/components/article/view-beacon";
import { MemberIsland as MemberIslandClient } from "@/components/membership/member-island";
import { NavMore as NavMoreClient } from "@/components/layout/nav-more";
import { SectionStrip as SectionStripClient } from "@/components/layout/section-strip";
import { SearchForm as SearchFormClient } from "@/components/search/search-form";
import { SignUpForm as SignUpFormClient } from "@/components/newsletters/sign-up-form";
import { DELIVERY_ATTRIBUTE, ISLAND_ATTRIBUTE, PROPS_ATTRIBUTE, type IslandName } from "./names";

/**
 * Islands: the reader pages' client components, each rendered inside a
 * wrapper that names it and carries its props as JSON. A page that renders
 * <IslandsOnly /> is sent without the framework's scripts and flight data
 * (lib/server/islands-delivery.ts), and a small module hydrates each
 * wrapper on its own (components/islands/client.ts). Any other page is
 * hydrated by Next as usual, wrappers and all, so both read and work alike.
 *
 * An island's props must survive JSON, and it must not use the App Router
 * (next/navigation): on an islands-only page there is none, and there
 * next/link is a plain link (components/islands/plain-link.tsx). The
 * wrapper is `display: contents`, so it does not change the layout.
 */
function island<P extends object>(name: IslandName, Component: ComponentType<P>) {
  function Island(props: P) {
    const data = { [ISLAND_ATTRIBUTE]: name, [PROPS_ATTRIBUTE]: JSON.stringify(props) };
    return (
      <div className="island" {...data}>
        <Component {...props} />
      </div>
    );
  }
  Island.displayName = `Island(${name})`;
  return Island;
}

export const ArticleRails = island("article-rails", ArticleRailsClient);
export const CommentsIsland = island("comments", CommentsClient);
export const EditPostLink = island("edit-post-link", EditPostLinkClient);
export const NarrationPlayer = island("narration-player", NarrationPlayerClient);
export const ViewBeacon = island("view-beacon", ViewBeaconClient);
export const MemberIsland = island("member", MemberIslandClient);
export const NavMore = island("nav-more", NavMoreClient);
export const SectionStrip = island("section-strip", SectionStripClient);
export const SearchForm = island("search-form", SearchFormClient);
export const SignUpForm = island("sign-up-form", SignUpFormClient);

/**
 * Rendered by a page whose client components are all islands: the app
 * server then sends it as HTML with the islands' module alone.
 */
export function IslandsOnly() {
  return <span hidden {...{ [DELIVERY_ATTRIBUTE]: "islands" }} />;
}
